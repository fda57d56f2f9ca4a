import { isMessageKey } from '@/i18n/translate';
import { getStepNumber } from '@/model/steps';
import { getPages } from '@/scene/buildScene';
import { applyContrastFix } from '@/model/themeCommands';
import type { ContrastIssue } from '@/scene/contrastCheck';
import type { SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

const SHOWN = 40;
const formatRatio = (ratio: number) =>
  (Math.floor(ratio * 100) / 100).toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

type Props = { issues: readonly ContrastIssue[]; onSelect: (ref: SceneRef) => void };

/** Every text that fails WCAG 2.1 AA: where it is, its contrast, and a one-click fix to the nearest passing colour. */
export function ContrastList({ issues, onSelect }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const pageNumbers = new Map(getPages(document).map((page, i) => [page.id, i + 1]));
  const describe = (ref: SceneRef) => {
    if (ref.kind === 'step' || ref.kind === 'callout')
      return t('contrast.element.step', { number: getStepNumber(document, ref.id) });
    const key = `contrast.element.${ref.kind}`;
    return isMessageKey(key) ? t(key) : ref.kind;
  };
  return (
    <section aria-labelledby="contrast-heading" className="contrast-list">
      <h3 id="contrast-heading">{t('contrast.heading')}</h3>
      <p className={issues.length ? 'warn' : 'muted'} role="status">
        {issues.length ? t('contrast.count', { count: issues.length }) : t('contrast.none')}
      </p>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.pageId}:${issue.sheet}:${issue.nodeId}:${i}`}>
            <span
              className="sample"
              style={{ color: issue.colour, background: issue.backgrounds[0] }}
              aria-hidden="true"
            >
              Aa
            </span>
            <span className="what">
              <button type="button" className="link" onClick={() => onSelect(issue.ref)}>
                {describe(issue.ref)}
              </button>{' '}
              ({t('contrast.page', { number: pageNumbers.get(issue.pageId) ?? 1 })}): «{issue.text}»
              <br />
              <small>
                {t('contrast.ratio', { ratio: formatRatio(issue.ratio), required: formatRatio(issue.required) })}
              </small>
            </span>
            {issue.fix ? (
              <button
                type="button"
                title={t('contrast.fixTitle', {
                  from: issue.fix.target === 'step' && issue.fix.field === 'fill' ? issue.backgrounds[0] : issue.colour,
                  to: issue.fix.colour,
                })}
                onClick={() => editor.run(applyContrastFix, issue.fix!)}
              >
                <span className="chip" style={{ background: issue.fix.colour }} aria-hidden="true" />{' '}
                {t('contrast.fix')}
              </button>
            ) : (
              <small className="muted">{t('contrast.noFix')}</small>
            )}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p className="muted">{t('contrast.more', { count: issues.length - SHOWN })}</p>}
    </section>
  );
}
