// The browser's side of a shared document: the Y.Doc kept in IndexedDB (edits made offline survive
// a reload and merge on reconnect) and synced with the server through Hocuspocus at this page's
// own origin. Says whether it is connected, syncing or offline, and what this token may do.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { getRoot } from '@/model/collab/yDocument';
import type { SharedLink } from './readSharedLink';

export type CollabStatus = 'connected' | 'syncing' | 'offline' | 'refused';
/** edit, or view: read-only (the server applies none of a view connection's updates either). */
export type CollabRole = 'edit' | 'view';

export type SharedConnection = {
  documentId: string;
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Who is here (y-protocols awareness through the provider), for presence. */
  awareness: Awareness;
  getStatus(): CollabStatus;
  /** Undefined until the server has said, unless it said so on an earlier visit. */
  getRole(): CollabRole | undefined;
  subscribe(listener: () => void): () => void;
  /** Resolves when the Y.Doc holds the document (the browser's copy or the server's); rejects when access is refused. */
  ready: Promise<void>;
  destroy(): void;
};

const roleKey = (id: string) => `trappa.role.${id}`;

export function collabUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export function connectSharedDocument({ documentId, token }: SharedLink): SharedConnection {
  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(`trappa-shared-${documentId}`, ydoc);
  const listeners = new Set<() => void>();
  let refused = false;
  let role = (localStorage.getItem(roleKey(documentId)) ?? undefined) as CollabRole | undefined;
  const emit = () => listeners.forEach((listener) => listener());
  let settle: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const checkReady = () => getRoot(ydoc).size > 0 && settle.resolve();

  const provider = new HocuspocusProvider({
    url: collabUrl(window.location),
    name: documentId,
    token: token ?? '',
    document: ydoc,
    onAuthenticated({ scope }) {
      role = scope === 'readonly' ? 'view' : 'edit';
      refused = false;
      localStorage.setItem(roleKey(documentId), role);
      emit();
    },
    onAuthenticationFailed() {
      refused = true;
      settle.reject(new Error('refused'));
      emit();
    },
    // A revoked share: the server closes this document (the socket stays open for others on it)
    // and the provider would sit unsynced without saying why; it is a refusal.
    onClose({ event }) {
      if (event.reason !== 'revoked') return;
      refused = true;
      emit();
    },
    onSynced: () => (checkReady(), emit()),
    onStatus: emit,
    onUnsyncedChanges: emit,
  });
  // The browser's own copy first: a reload while offline shows the document at once.
  void local.whenSynced.then(checkReady);
  // Going offline closes the socket at once (a dead socket would otherwise be noticed only after
  // the provider's 30 s message timeout); coming back reconnects without waiting for its back-off.
  const offline = () => provider.disconnect();
  const online = () => void provider.connect();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);

  return {
    documentId,
    ydoc,
    provider,
    awareness: provider.awareness!,
    getStatus() {
      if (refused) return 'refused';
      if (provider.configuration.websocketProvider.status !== WebSocketStatus.Connected || !navigator.onLine)
        return 'offline';
      return provider.isSynced && provider.unsyncedChanges === 0 ? 'connected' : 'syncing';
    },
    getRole: () => role,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    destroy() {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      provider.destroy();
      void local.destroy();
    },
  };
}
