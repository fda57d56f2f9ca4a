import { useMemo, useRef } from 'react';
import { replaceSteps } from '@/model/outlineCommands';
import { outlineFileExtensions } from '@/model/outline/sourceKind';
import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, type SceneContext } from '@/scene/buildScene';
import { SceneSvg } from '@/canvas/SceneSvg';
import { describeOutlineProblem } from '@/i18n/describeOutlineProblem';
import { Dialog } from '../fields/Dialog';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorSelector } from '../shell/editorContext';
import { ImportChoices } from './ImportChoices';
import { OutlineDialogFooter } from './OutlineDialogFooter';
import { ImportSummary } from './ImportSummary';
import type { ImportStart } from './importStart';
import { useOutlineImport } from './useOutlineImport';
import './outlineImport.css';

type Props = { context: SceneContext; start: ImportStart; onCreate: (doc: TrappDocument) => void; onClose: () => void };

/**
 * "Lim inn / hent inn trapp": a pasted text, web page or Word file read into a trapp, drawn as it
 * was understood, with the choices to set right what was guessed wrong. Nothing changes until the
 * user makes a new trapp or replaces the open one's steps (one undo step).
 */
export default function OutlineImportDialog({ context, start, onCreate, onClose }: Props) {
  const t = useT();
  const editor = useEditor();
  const readOnly = useEditorSelector((e) => e.isReadOnly());
  const state = useOutlineImport(start);
  const fileInput = useRef<HTMLInputElement>(null);
  const result = state.result;
  const scene = useMemo(
    () => result && buildPage(result.document, getOverviewPage(result.document), context).sheets[0],
    [result, context],
  );
  const problemText = state.problem && describeOutlineProblem(t, state.problem);
  return (
    <Dialog id="outline-import-title" title={t('outlineImport.title')} className="outline-import" onClose={onClose}>
      <p className="muted">{t('outlineImport.lead')}</p>
      <div className="outline-import-body">
        <div className="outline-import-source">
          <label htmlFor="outline-import-text">{t('outlineImport.text')}</label>
          <textarea
            id="outline-import-text"
            value={state.text}
            spellCheck={false}
            autoFocus
            onChange={(e) => state.setText(e.target.value)}
            onPaste={(e) => {
              const html = e.clipboardData.getData('text/html');
              if (!html) return;
              e.preventDefault();
              state.pasteHtml(html, e.clipboardData.getData('text/plain'));
            }}
          />
          {state.sourceKind === 'html' && <p className="muted">{t('outlineImport.fromHtml')}</p>}
          {state.sourceKind === 'docx' && (
            <p className="muted">{t('outlineImport.fromDocx', { name: state.fileName ?? '' })}</p>
          )}
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('outlineImport.openFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept={outlineFileExtensions.join(',')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void state.openFile(file);
            }}
          />
        </div>
        <section className="outline-import-preview" aria-labelledby="outline-import-preview-title">
          <h3 id="outline-import-preview-title">{t('outlineImport.preview')}</h3>
          {state.reading && <p>{t('outlineImport.reading')}</p>}
          {problemText && (
            <p className="outline-import-problem" role="alert">
              {problemText} {t('outlineImport.untouched')}
            </p>
          )}
          {state.problem?.code === 'tooManySteps' && state.levels.length > 1 && (
            <ImportChoices levels={state.levels} options={state.options} onChange={state.setOptions} />
          )}
          {result && scene && (
            <>
              <ImportChoices
                report={result.report}
                levels={state.levels}
                options={state.options}
                onChange={state.setOptions}
              />
              <div className="outline-import-drawing">
                <SceneSvg scene={scene} label={`${result.document.meta.municipality}: ${result.document.meta.title}`} />
              </div>
              <ImportSummary document={result.document} report={result.report} />
            </>
          )}
        </section>
      </div>
      <OutlineDialogFooter onCancel={onClose}>
        <button
          type="button"
          disabled={!result || readOnly}
          onClick={() => result && (editor.run(replaceSteps, { steps: result.document.steps }), onClose())}
        >
          {t('outlineImport.replace')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!result}
          onClick={() => result && onCreate(result.document)}
        >
          {t('outlineImport.asNew')}
        </button>
      </OutlineDialogFooter>
    </Dialog>
  );
}
