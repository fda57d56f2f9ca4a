import type { Translate } from '@/i18n/translate';
import { saveTrappFile } from '@/storage/files';
import type { Workspace } from '@/storage/workspace';
import { getErrorText } from './ErrorBoundary';
import './safety.css';

type Props = { error: unknown; workspace: Workspace; t: Translate; retry: () => void };

/**
 * The last net, when the editor's shell itself failed: the document can still be saved, the last
 * step undone, or the page started again without this document (the safe start reaches the library).
 */
export function AppFailed({ error, workspace, t, retry }: Props) {
  const { editor } = workspace;
  return (
    <div className="drawing-failed app-failed" role="alert">
      <p className="drawing-failed-message">{t('crash.app')}</p>
      <p className="muted small">{t('crash.detail', { detail: getErrorText(error) })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => (workspace.drawFailed(), window.location.reload())}>
          {t('crash.safeStart')}
        </button>
        <button type="button" onClick={() => void saveTrappFile(editor.document, workspace.getState().name)}>
          {t('crash.download')}
        </button>
        <button type="button" onClick={() => (editor.undo(), retry())} disabled={!editor.canUndo()}>
          {t('crash.undo')}
        </button>
      </div>
    </div>
  );
}
