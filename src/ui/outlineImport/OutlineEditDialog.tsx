import { useMemo, useState } from 'react';
import { replaceSteps } from '@/model/outlineCommands';
import { importOutline } from '@/model/outline/importOutline';
import { readTextOutline } from '@/model/outline/readTextOutline';
import { writeOutline } from '@/model/outline/writeOutline';
import { describeOutlineProblem } from '@/i18n/describeOutlineProblem';
import { Dialog } from '../fields/Dialog';
import { useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';
import { OutlineDialogFooter } from './OutlineDialogFooter';
import './outlineImport.css';

/**
 * The whole trapp as text (writeOutline) for those who would rather type than click: the text is
 * read back by the importer, and "Bruk endringene" puts its steps in place as one undo step,
 * keeping each position's figures, look, callout and footnote.
 */
export default function OutlineEditDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const editor = useEditor();
  // Not subscribed: the text starts from the trapp as it was when the dialog opened.
  const doc = editor.document;
  const [original] = useState(() => writeOutline(doc));
  const [text, setText] = useState(original);
  const result = useMemo(() => {
    const outline = readTextOutline(text);
    return outline.lines.length
      ? importOutline(outline, { stepLevel: 'trinn', language: doc.meta.language })
      : ({ ok: false, problem: { code: 'empty' } } as const);
  }, [text, doc.meta.language]);
  return (
    <Dialog
      id="outline-edit-title"
      title={t('outlineEdit.title')}
      className="outline-import outline-edit"
      onClose={onClose}
    >
      <p className="muted" id="outline-edit-lead">
        {t('outlineEdit.lead')}
      </p>
      <label htmlFor="outline-edit-text">{t('outlineEdit.text')}</label>
      <textarea
        id="outline-edit-text"
        aria-describedby="outline-edit-lead"
        value={text}
        spellCheck={false}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
      <p aria-live="polite" className={result.ok ? 'muted' : 'outline-import-problem'}>
        {result.ok
          ? t('outlineEdit.summary', { steps: result.document.steps.length, services: result.report.services })
          : describeOutlineProblem(t, result.problem)}
      </p>
      <OutlineDialogFooter onCancel={onClose}>
        <button
          type="button"
          className="primary"
          disabled={!result.ok || text === original || editor.isReadOnly()}
          onClick={() =>
            result.ok && (editor.run(replaceSteps, { steps: result.document.steps, fromOutline: true }), onClose())
          }
        >
          {t('outlineEdit.apply')}
        </button>
      </OutlineDialogFooter>
    </Dialog>
  );
}
