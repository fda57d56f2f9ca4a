import { useEffect, useId, useState } from 'react';
import { checkItemLink, getAllItems, setItemLink } from '@/model/itemCommands';
import { getStepNumber } from '@/model/steps';
import type { Link } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { Dialog } from '../fields/Dialog';

/** Every link in the trapp with its address, to fill in or correct; unsafe addresses are refused with a reason. */
export default function LinksDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  // A dialog over the app: drawn again on any change, as it lists items of every step.
  const document = useEditorDocument((d) => d);
  const rows = getAllItems(document).flatMap(({ stepId, item }) =>
    (item.links ?? []).map((link) => ({ stepId, itemId: item.id, itemText: item.text, link })),
  );
  return (
    <Dialog id="links-title" title={t('links.title')} className="links" onClose={onClose}>
      <p className="muted">{t('links.lead')}</p>
      {rows.length === 0 ? (
        <p>{t('links.none')}</p>
      ) : (
        <ul className="link-list">
          {rows.map((row) => (
            <li key={`${row.itemId}:${row.link.text}`}>
              <span className="muted">
                {t('steps.number', { number: getStepNumber(document, row.stepId) })} · {row.itemText}
              </span>
              <LinkField itemId={row.itemId} link={row.link} />
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function LinkField({ itemId, link }: { itemId: string; link: Link }) {
  const editor = useEditor();
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(link.href);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  useEffect(() => setValue(link.href), [link.href]);

  /** Stores the address if it is safe; otherwise says why and leaves the document as it was. */
  const commit = (href: string) => {
    if (href === link.href) return true;
    const checked = checkItemLink(editor.document, { itemId, text: link.text, href });
    if (!checked.ok) {
      setMessage({ ok: false, text: t(`link.refused.${checked.reason}`) });
      return false;
    }
    editor.run(setItemLink, { itemId, text: link.text, href });
    setValue(checked.href ?? '');
    setMessage({ ok: true, text: t('links.saved') });
    return true;
  };
  return (
    <div className="field link-field">
      <label htmlFor={id}>{t('links.address', { text: link.text })}</label>
      <input
        id={id}
        type="url"
        inputMode="url"
        value={value}
        readOnly={editor.isReadOnly()}
        aria-invalid={message?.ok === false}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(e) => (setValue(e.target.value), setMessage(undefined))}
        onBlur={() => commit(value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(value)}
        onPaste={(e) => {
          // A pasted address is checked as it comes in, so an unsafe one never sits in the field.
          e.preventDefault();
          commit(e.clipboardData.getData('text'));
        }}
      />
      {message && (
        <p
          id={`${id}-message`}
          className={message.ok ? 'muted small' : 'error'}
          role={message.ok ? undefined : 'alert'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
