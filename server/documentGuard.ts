// Keeps a shared Y.Doc valid under the schema. Every update is checked by the same loader as a
// .trapp.json file (about 1 ms for Alver); one that leaves the document invalid is undone at once
// by writing the last valid state back (a new Yjs transaction every client receives), and the
// connection that sent it is reported so the server can close it. Yjs cannot drop an update it
// has applied, so "rejected" means: reverted before anyone stores or builds on it.
import type * as Y from 'yjs';
import { loadYDocument, writeYDocument } from '@/model/collab/yDocument';
import type { TrappDocument } from '@/model/types';

export const GUARD_ORIGIN = Symbol('trappa-guard');

export type DocumentGuard = {
  /** The last state that passed the loader; what is stored and published. */
  readonly lastValid: TrappDocument | undefined;
  /** Updates reverted since the document was loaded. */
  readonly rejected: number;
  stop(): void;
};

/**
 * `isLocal(origin)`: whether this process received the update from a client itself. An update
 * relayed by another server process (Redis) is repaired there, so two processes never repair
 * the same change twice.
 */
export function guardDocument(
  ydoc: Y.Doc,
  isLocal: (origin: unknown) => boolean,
  onRejected: (origin: unknown) => void,
): DocumentGuard {
  const first = loadYDocument(ydoc);
  let lastValid = first.ok ? first.document : undefined;
  let rejected = 0;
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === GUARD_ORIGIN) return;
    const result = loadYDocument(ydoc);
    if (result.ok) {
      lastValid = result.document;
      return;
    }
    if (!isLocal(origin)) return;
    rejected++;
    if (lastValid) writeYDocument(ydoc, lastValid, GUARD_ORIGIN);
    onRejected(origin);
  };
  ydoc.on('update', onUpdate);
  return {
    get lastValid() {
      return lastValid;
    },
    get rejected() {
      return rejected;
    },
    stop: () => ydoc.off('update', onUpdate),
  };
}
