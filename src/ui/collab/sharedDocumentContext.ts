// The shared document the editor is on, for the status line and for presence. Small on purpose:
// it is in the first-load bundle; the connection itself loads only with `?d=` (startSharedEditor).
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CollabRole, CollabStatus, SharedConnection } from './connectSharedDocument';

export const SharedDocumentContext = createContext<SharedConnection | undefined>(undefined);

/**
 * The open shared document's connection (`awareness`, `provider`, `ydoc`, `documentId`), or
 * undefined in the single-user editor.
 */
export function useSharedDocument(): SharedConnection | undefined {
  return useContext(SharedDocumentContext);
}

const none = () => () => undefined;

/** The connection's status and this person's role, re-rendered as they change; undefined when not shared. */
export function useCollabState(): { status: CollabStatus; role: CollabRole | undefined } | undefined {
  const shared = useSharedDocument();
  const key = useSyncExternalStore(shared ? shared.subscribe : none, () =>
    shared ? `${shared.getStatus()}:${shared.getRole() ?? ''}` : '',
  );
  if (!shared) return undefined;
  const [status, role] = key.split(':');
  return { status: status as CollabStatus, role: (role || undefined) as CollabRole | undefined };
}
