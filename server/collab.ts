// The Hocuspocus instance: who may open which document (onAuthenticate), where documents come
// from and go to (onLoadDocument, onStoreDocument), and the guard that keeps every document
// valid (a view link is Hocuspocus' readOnly connection: its updates are never applied). Redis joins several server processes.
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import type { ServerConfig } from './config';
import { guardDocument, type DocumentGuard } from './documentGuard';
import { isValidId } from './secrets';
import type { Access, Store } from './store';

/** Close reasons a client can tell apart. */
export const CLOSE = {
  forbidden: { code: 4403, reason: 'forbidden' },
  invalid: { code: 4422, reason: 'invalid-document' },
  flood: { code: 4429, reason: 'too-many-messages' },
  revoked: { code: 4401, reason: 'revoked' },
} as const;

export type Collab = {
  hocuspocus: Hocuspocus;
  guards: Map<string, DocumentGuard>;
  /** Closes every open connection that came in through this share. */
  closeShare(shareId: string): void;
  /** The document's last valid state if it is open here. */
  openDocument(id: string): DocumentGuard | undefined;
  stop(): Promise<void>;
};

function closeSocket(connection: Connection, reason: { code: number; reason: string }) {
  connection.close(reason);
  connection.webSocket.close(reason.code, reason.reason);
}

const accessOf = (connection: Connection): Access | undefined => connection.context?.access;

export function createCollab(config: ServerConfig, store: Store): Collab {
  const guards = new Map<string, DocumentGuard>();
  const extensions: Extension[] = [];
  if (config.redisUrl) {
    const url = new URL(config.redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379), prefix: 'trappa' }));
  }
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: Math.max(config.storeDebounceMs * 5, 1000),
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      // Same answer for a missing document and a wrong token: nothing, not even whether it exists.
      const access =
        isValidId(documentName) && typeof token === 'string' && token.length <= 100
          ? await store.access(token, documentName)
          : undefined;
      if (!access) throw CLOSE.forbidden;
      connectionConfig.readOnly = access.role === 'view';
      return { access };
    },
    async onLoadDocument({ document, documentName }) {
      const row = await store.getDocument(documentName);
      if (!row) throw CLOSE.forbidden;
      Y.applyUpdate(document, row.state);
      return document;
    },
    async afterLoadDocument({ document, documentName }) {
      const isLocal = (origin: unknown) => typeof origin === 'object' && origin !== null && 'socketId' in origin;
      // The sender's socket is closed too: its provider reconnects by itself and receives the repaired state.
      const guard = guardDocument(document, isLocal, (origin) => closeSocket(origin as Connection, CLOSE.invalid));
      guards.set(documentName, guard);
    },
    async onStoreDocument({ document, documentName }) {
      const valid = guards.get(documentName)?.lastValid;
      if (!valid) return;
      await store.saveDocumentState(documentName, Y.encodeStateAsUpdate(document), valid);
    },
    async afterUnloadDocument({ documentName }) {
      guards.get(documentName)?.stop();
      guards.delete(documentName);
    },
  });

  const openConnections = () => [...hocuspocus.documents.values()].flatMap((doc) => doc.getConnections());
  const closeShare = (shareId: string) => {
    for (const connection of openConnections())
      if (accessOf(connection)?.shareId === shareId) connection.close(CLOSE.revoked);
  };
  // A share revoked through another server process: found here within one sweep.
  const sweep = setInterval(async () => {
    const ids = [
      ...new Set(
        openConnections()
          .map((c) => accessOf(c)?.shareId)
          .filter((id): id is string => !!id),
      ),
    ];
    try {
      for (const id of await store.revokedAmong(ids)) closeShare(id);
    } catch {
      // The database is away for a moment; the next sweep tries again.
    }
  }, config.revocationSweepMs);
  sweep.unref();

  return {
    hocuspocus,
    guards,
    closeShare,
    openDocument: (id) => guards.get(id),
    async stop() {
      clearInterval(sweep);
      // Closing the last connection of a document stores it at once (Hocuspocus' debouncer), then unloads it.
      hocuspocus.closeConnections();
      const until = Date.now() + 5000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
