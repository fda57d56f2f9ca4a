import type { Editor } from '@/model/editor';

/** Whether two slices are the same for a reader: the same object, or arrays of the same entries. */
export function isSameSlice(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((entry, i) => Object.is(entry, b[i]));
}

export type SliceStore<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

/**
 * One reader's part of the editor's state, in the shape React's useSyncExternalStore takes. The
 * listener hears only changes to that part, and the snapshot stays the same object while the part
 * is unchanged (an array of the same entries counts as unchanged), so a panel that reads the steps
 * is not drawn again when a band is renamed. `select` is read at each call, so a caller may pass a
 * new function at every render.
 */
export function createSliceStore<T>(editor: Editor, select: () => (editor: Editor) => T): SliceStore<T> {
  let value = select()(editor);
  const read = () => {
    const next = select()(editor);
    if (isSameSlice(value, next)) return false;
    value = next as T;
    return true;
  };
  return {
    subscribe: (listener) => editor.subscribe(() => void (read() && listener())),
    getSnapshot: () => (read(), value),
  };
}
