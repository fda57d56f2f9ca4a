import { createContext, useContext, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@/model/editor';
import type { TrappDocument } from '@/model/types';
import { createSliceStore } from './sliceStore';

/** The open document's editor, for every panel under the app shell. */
export const EditorContext = createContext<Editor | undefined>(undefined);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside EditorContext');
  return editor;
}

/**
 * A part of the editor's state (its history, whether it can undo): the component is drawn again
 * only when that part changes. The selector returns part of the state, or a value, or an array of
 * parts; a new object built at every call would never count as unchanged.
 */
export function useEditorSelector<T>(select: (editor: Editor) => T): T {
  const editor = useEditor();
  const latest = useRef(select);
  latest.current = select;
  const store = useMemo(() => createSliceStore(editor, () => latest.current), [editor]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** A part of the open document, e.g. `(d) => d.steps`: the component is drawn again only when that part changes. */
export function useEditorDocument<T>(select: (document: TrappDocument) => T): T {
  return useEditorSelector((editor) => select(editor.document));
}
