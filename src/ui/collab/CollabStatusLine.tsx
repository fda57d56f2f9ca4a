import { useT } from '../shell/i18nContext';
import { useCollabState } from './sharedDocumentContext';

/** The status line's word on a shared document: connected, syncing, offline (edits kept here) or refused. Nothing when not shared. */
export function CollabStatusLine() {
  const t = useT();
  const state = useCollabState();
  if (!state) return null;
  const text = t(`collab.${state.status}`);
  return (
    <p className={`status collab-status collab-${state.status}`} role="status" data-status={state.status}>
      {state.role === 'view' ? `${text} · ${t('collab.viewOnly')}` : text}
    </p>
  );
}
