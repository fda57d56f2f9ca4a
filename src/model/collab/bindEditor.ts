// The editor on a shared document: each local change is one Yjs transaction with this binding's
// origin, others' changes (and one's own undo) come back through the observer and replace the
// editor's document without touching its history, and undo takes back only this person's steps,
// grouped as the editor groups them (a gesture or a batch is one step). Pure: no network.
import type * as Y from 'yjs';
import type { CommandLabel } from '../command';
import type { TrappDocument } from '../types';
import type { Editor, HistoryEntry, SharedHistory } from '../editor';
import { createOwnUndoManager, observeYDocument, type RemoteChange } from './observeYDocument';
import { keepUnchanged } from './keepUnchanged';
import { repairYDocument } from './repairYDocument';
import { loadYDocument, writeYDocument } from './yDocument';

export type EditorBinding = {
  /** This person's undo and redo; each stack item's meta holds its 'label'. */
  undoManager: Y.UndoManager;
  /** The origin of this editor's transactions. */
  origin: object;
  unbind(): void;
};

export type BindOptions = {
  /** Hears each change that came from elsewhere (others, or one's own undo). */
  onRemote?: (change: RemoteChange) => void;
  /** The editor was given another document (`Editor.replace`: a new trapp, a file): it left the shared one. */
  onLeave?: (document: TrappDocument) => void;
  /**
   * When given, others' changes are read and shown together when it calls back (a burst of typing
   * drawn once), but always before this person's next command, undo or redo. Default: at once.
   */
  schedule?: (flush: () => void) => void;
};

/**
 * Binds `editor` to `ydoc`. If the Y.Doc already holds a valid document the editor shows it; an
 * empty one is left empty (a shared document is never seeded from the editor's own copy, which
 * would double it on merge).
 */
export function bindEditor(
  editor: Editor,
  ydoc: Y.Doc,
  { onRemote, onLeave, schedule }: BindOptions = {},
): EditorBinding {
  const origin = { editor: 'local' };
  const undoManager = createOwnUndoManager(ydoc, origin);
  let nextLabel: CommandLabel = { key: '' };
  undoManager.on('stack-item-added', ({ stackItem }) => {
    // Undoing moves a step to the redo stack as a new item: it keeps its name both ways.
    const moved = undoManager.currStackItem;
    stackItem.meta.set('label', moved ? moved.meta.get('label') : nextLabel);
  });
  const entries = (stack: { meta: Map<string, unknown> }[]): HistoryEntry[] =>
    stack.map((item) => ({ label: item.meta.get('label') as CommandLabel, patches: [], inverse: [] }));
  /**
   * Undo or redo, one step only: when others' changes left this person's last step with nothing to
   * take back, Yjs drops it and goes on to the step before; that one is put back at once. A step
   * that collided with another person's change is completed (repairYDocument.ts).
   */
  const travel = (from: unknown[], move: () => unknown, back: () => unknown): boolean => {
    stop.flush();
    const before = editor.document;
    const depth = from.length;
    const moved = move() !== null;
    if (moved && depth - from.length > 1) back();
    repairYDocument(ydoc, before);
    stop.flush();
    return moved;
  };
  const shared: SharedHistory = {
    write(document, { label, newStep }) {
      if (newStep) {
        undoManager.stopCapturing();
        nextLabel = label;
      }
      writeYDocument(ydoc, document, origin);
    },
    undo: () =>
      travel(
        undoManager.undoStack,
        () => undoManager.undo(),
        () => undoManager.redo(),
      ),
    redo: () =>
      travel(
        undoManager.redoStack,
        () => undoManager.redo(),
        () => undoManager.undo(),
      ),
    snapshot: () => ({ past: entries(undoManager.undoStack), future: entries(undoManager.redoStack) }),
    leave() {
      unbind();
      // Told after the editor has taken the new document.
      queueMicrotask(() => onLeave?.(editor.document));
    },
    sync: () => stop.flush(),
    cancelTo(depth) {
      stop.flush();
      const redoDepth = undoManager.redoStack.length;
      while (undoManager.undoStack.length > depth && undoManager.undo() !== null);
      undoManager.redoStack.splice(redoDepth);
      stop.flush();
    },
  };
  const loaded = loadYDocument(ydoc);
  if (loaded.ok) editor.receive(loaded.document);
  editor.share(shared);
  const stop = observeYDocument(
    ydoc,
    origin,
    (change) => {
      editor.receive(keepUnchanged(editor.document, change.document));
      onRemote?.(change);
    },
    schedule,
  );
  function unbind() {
    stop();
    undoManager.destroy();
    editor.share(undefined);
  }
  return { undoManager, origin, unbind };
}
