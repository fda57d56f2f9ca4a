// For the editor on a shared document: hears the changes others make (transactions whose origin
// is not this editor's), reads the document again through the loader, and says which parts
// changed (top-level keys, and step ids for steps), so only those need redrawing. A state that
// does not pass the loader is not handed on; the server reverts it and the repair follows.
import * as Y from 'yjs';
import type { TrappDocument } from '../types';
import { getRoot, loadYDocument } from './yDocument';

export type RemoteChange = {
  document: TrappDocument;
  /** Top-level parts that changed: 'steps', 'meta', 'pages', ... */
  parts: Set<string>;
  /** Ids of the steps that changed inside (empty when only the list of steps changed). */
  stepIds: Set<string>;
};

/** Calls `onChange` after each transaction not made with `localOrigin`; returns the unsubscribe. */
export function observeYDocument(ydoc: Y.Doc, localOrigin: unknown, onChange: (change: RemoteChange) => void): () => void {
  const root = getRoot(ydoc);
  const steps = () => root.get('steps') as Y.Array<Y.Map<unknown>> | undefined;
  const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.origin === localOrigin) return;
    const parts = new Set<string>();
    const stepIds = new Set<string>();
    for (const event of events) {
      const [part, index] = event.path;
      if (part === undefined) for (const key of (event as Y.YMapEvent<unknown>).keysChanged ?? []) parts.add(key);
      else parts.add(String(part));
      if (part === 'steps' && typeof index === 'number') {
        const id = steps()?.get(index)?.get('id');
        if (typeof id === 'string') stepIds.add(id);
      }
    }
    const loaded = loadYDocument(ydoc);
    if (loaded.ok) onChange({ document: loaded.document, parts, stepIds });
  };
  root.observeDeep(listener);
  return () => root.unobserveDeep(listener);
}

/** Undo and redo of this person's own changes only: others' changes are never taken back. Steps are told apart by `stopCapturing()` (bindEditor calls it when the editor starts a new undo step), never by time. */
export function createOwnUndoManager(ydoc: Y.Doc, localOrigin: unknown): Y.UndoManager {
  return new Y.UndoManager(getRoot(ydoc), { trackedOrigins: new Set([localOrigin]), captureTimeout: Infinity });
}
