import { useCallback, useEffect, useRef } from 'react';
import type { Scene, SceneRef } from '@/scene/primitives';
import { focusIfPossible } from './focusables';
import { isSameRef } from '@/scene/sceneRef';

/**
 * After an element is placed from the palette, focus moves to it on the canvas, so the arrow keys
 * move it next and Enter opens it. Returns what the palette calls with the new element's ref: it
 * selects it, and once the drawing shows the element (a frame or two later) focuses its node.
 */
export function useFocusPlaced(sheets: readonly Scene[], select: (ref: SceneRef) => void): (ref: SceneRef) => void {
  const pending = useRef<SceneRef | undefined>(undefined);
  useEffect(() => {
    const ref = pending.current;
    const node = ref && sheets[0]?.nodes.find((n) => isSameRef(n.ref, ref));
    if (!node) return;
    pending.current = undefined;
    // Not cancelled when the drawing changes again before it runs: the node is looked up by id each time.
    let tries = 0;
    const focus = () => {
      const el = document.querySelector(`.canvas .react-flow__node[data-id="${CSS.escape(node.id)}"]`);
      if (!focusIfPossible(el) && ++tries < 10) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  }, [sheets]);
  return useCallback(
    (ref: SceneRef) => {
      pending.current = ref;
      select(ref);
    },
    [select],
  );
}
