import { useEffect, useState, type ReactNode } from 'react';
import type { Workspace } from '@/storage/workspace';
import type { OpenOutcome, WorkspaceState } from '@/storage/workspaceState';
import { useT } from './i18nContext';
import type { StorageActions, Toast } from '../library/useStorageUi';

type Props = {
  workspace: Workspace;
  state: WorkspaceState;
  actions: StorageActions;
  toast: Toast | undefined;
  onToastDone: () => void;
  /** An open or create refused because the open document has unstored changes; calling it goes on anyway. */
  blocked: (() => Promise<OpenOutcome>) | undefined;
  onBlockedDone: () => void;
};

/** What the user must know about storing now: another tab, a full disk, no storage, a refused open. */
export function Notices({ workspace, state, actions, toast, onToastDone, blocked, onBlockedDone }: Props) {
  const t = useT();
  const [justReading, setJustReading] = useState(false);
  useEffect(() => setJustReading(false), [state.documentId, state.access]);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onToastDone, 6000);
    return () => clearTimeout(timer);
  }, [toast, onToastDone]);

  const saveFile = (
    <button type="button" onClick={() => void actions.saveFile()}>
      {t('notice.saveFile')}
    </button>
  );
  const notices: ReactNode[] = [];
  if (state.access === 'elsewhere' || state.access === 'takenOver') {
    // Another tab edits this document: take it over, or read on here (then a quieter notice stays).
    const notice = state.access === 'takenOver' ? 'takenOver' : justReading ? 'readOnly' : 'elsewhere';
    const offerReading = notice === 'elsewhere';
    notices.push(
      <Notice key={notice} kind={notice === 'readOnly' ? 'info' : 'warn'} text={t(`notice.${notice}`)}>
        <button
          type="button"
          className={offerReading ? 'primary' : undefined}
          onClick={() => void workspace.takeOver()}
        >
          {t(notice === 'takenOver' ? 'notice.takeBack' : 'notice.takeOver')}
        </button>
        {offerReading && (
          <button type="button" onClick={() => setJustReading(true)}>
            {t('notice.justRead')}
          </button>
        )}
      </Notice>,
    );
  }
  if (state.saving === 'failed') {
    notices.push(
      <Notice key="failed" kind="error" text={t(state.failure === 'quota' ? 'notice.quota' : 'notice.saveFailed')}>
        {saveFile}
        <button type="button" onClick={() => void workspace.retrySave()}>
          {t('notice.retry')}
        </button>
      </Notice>,
    );
  }
  if (state.skipped) {
    const { id, name } = state.skipped;
    notices.push(
      <Notice key="skipped" kind="warn" text={t('safeStart.notice', { name })}>
        <button type="button" className="primary" onClick={actions.showLibrary}>
          {t('safeStart.library')}
        </button>
        <button type="button" onClick={() => void actions.openDocument(id, name)}>
          {t('safeStart.retry')}
        </button>
        <button type="button" onClick={() => void actions.saveStoredFile(id, name)}>
          {t('safeStart.download')}
        </button>
        <button type="button" onClick={() => workspace.dismissSkipped()}>
          {t('dialog.close')}
        </button>
      </Notice>,
    );
  }
  if (state.storageUnavailable)
    notices.push(
      <Notice key="unavailable" kind="warn" text={t('notice.unavailable')}>
        {saveFile}
      </Notice>,
    );
  if (blocked) {
    notices.push(
      <Notice key="unsaved" kind="error" text={t('notice.unsaved')}>
        {saveFile}
        <button type="button" onClick={() => void blocked().finally(onBlockedDone)}>
          {t('notice.discard')}
        </button>
        <button type="button" onClick={onBlockedDone}>
          {t('dialog.close')}
        </button>
      </Notice>,
    );
  }
  return (
    <div className="notices">
      {notices}
      <div className="toast" aria-live="polite">
        {toast && <p>{t(toast.key, toast.params)}</p>}
      </div>
    </div>
  );
}

function Notice({ kind, text, children }: { kind: 'info' | 'warn' | 'error'; text: string; children: ReactNode }) {
  return (
    <div className={`notice ${kind}`} role={kind === 'info' ? undefined : 'alert'}>
      <p>{text}</p>
      <div className="actions">{children}</div>
    </div>
  );
}
