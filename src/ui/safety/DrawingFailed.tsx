import { useEffect } from 'react';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorSelector } from '../shell/editorContext';
import './safety.css';
import { getErrorText } from './ErrorBoundary';

type Props = {
  error: unknown;
  onLibrary: () => void;
  onDownload: () => void;
  onNew: () => void;
  /** Called once when shown: the workspace remembers that this document does not draw. */
  onShown: () => void;
};

/** In place of the canvas when the document cannot be drawn: what happened and the ways out. */
export function DrawingFailed({ error, onLibrary, onDownload, onNew, onShown }: Props) {
  const t = useT();
  const editor = useEditor();
  const canUndo = useEditorSelector((e) => e.canUndo());
  useEffect(onShown, [onShown]);
  return (
    <div className="drawing-failed" role="alert">
      <p className="drawing-failed-message">{t('crash.drawing')}</p>
      <p className="muted small">{t('crash.detail', { detail: getErrorText(error) })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onLibrary}>
          {t('crash.library')}
        </button>
        <button type="button" onClick={onDownload}>
          {t('crash.download')}
        </button>
        <button type="button" onClick={() => editor.undo()} disabled={!canUndo}>
          {t('crash.undo')}
        </button>
        <button type="button" onClick={onNew}>
          {t('crash.new')}
        </button>
      </div>
    </div>
  );
}
