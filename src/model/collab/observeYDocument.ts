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

/** What `observeYDocument` returns: call it to stop; `flush()` hands on a change still waiting for its `schedule`. */
export type Observation = (() => void) & { flush(): void };

/**
 * Calls `onChange` after each transaction not made with `localOrigin`. With `schedule`, changes
 * are gathered and read once when it calls back (e.g. a burst of others' typing read once), or
 * at `flush()`, whichever comes first.
 */
export function observeYDocument(
  ydoc: Y.Doc,
  localOrigin: unknown,
  onChange: (change: RemoteChange) => void,
  schedule?: (flush: () => void) => void,
): Observation {
  const root = getRoot(ydoc);
  const steps = () => root.get('steps') as Y.Array<Y.Map<unknown>> | undefined;
  let pending: { parts: Set<string>; stepIds: Set<string> } | undefined;
  const flush = () => {
    if (!pending) return;
    const { parts, stepIds } = pending;
    pending = undefined;
    const loaded = loadYDocument(ydoc);
    if (loaded.ok) onChange({ document: loaded.document, parts, stepIds });
  };
  const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.origin === localOrigin) return;
    const first = !pending;
    pending ??= { parts: new Set(), stepIds: new Set() };
    for (const event of events) {
      const [part, index] = event.path;
      if (part === undefined)
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged ?? []) pending.parts.add(key);
      else pending.parts.add(String(part));
      if (part === 'steps' && typeof index === 'number') {
        const id = steps()?.get(index)?.get('id');
        if (typeof id === 'string') pending.stepIds.add(id);
      }
    }
    if (!schedule) flush();
    else if (first) schedule(flush);
  };
  root.observeDeep(listener);
  return Object.assign(() => root.unobserveDeep(listener), { flush });
}

/** Undo and redo of this person's own changes only: others' changes are never taken back. Steps are told apart by `stopCapturing()` (bindEditor calls it when the editor starts a new undo step), never by time. */
export function createOwnUndoManager(ydoc: Y.Doc, localOrigin: unknown): Y.UndoManager {
  return new Y.UndoManager(getRoot(ydoc), { trackedOrigins: new Set([localOrigin]), captureTimeout: Infinity });
}
