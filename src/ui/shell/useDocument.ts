import { useSyncExternalStore } from 'react';
import type { Editor } from '@/model/editor';

/** Re-renders when the editor's document or history changes. */
export function useDocument(editor: Editor) {
  return useSyncExternalStore(
    (listener) => editor.subscribe(listener),
    () => editor.document,
  );
}
