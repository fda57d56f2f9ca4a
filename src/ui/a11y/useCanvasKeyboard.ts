import { useEffect, useRef } from 'react';
import type { SceneRef } from '@/scene/primitives';

const FIELD = 'input:not([type=checkbox]):not([type=radio]), textarea, select, button';

/**
 * Keyboard use of the canvas. Tab reaches each drawn element in order (React Flow makes them
 * focusable); Enter on one selects it and moves focus to its first field in the inspector;
 * Escape in the inspector returns focus to that element on the canvas.
 */
/**
 * Focuses the inspector's first field once it is drawn: the inspectors load in their own chunk, and
 * until it has arrived the panel holds a `.inspector-loading` placeholder (at most until `deadline`).
 */
function focusInspectorField(deadline: number): void {
  requestAnimationFrame(() => {
    const inspector = window.document.querySelector('.inspector');
    if (inspector?.querySelector('.inspector-loading') && performance.now() < deadline)
      return focusInspectorField(deadline);
    inspector?.querySelector<HTMLElement>(FIELD)?.focus();
  });
}

export function useCanvasKeyboard(
  getRef: (nodeId: string) => SceneRef | undefined,
  select: (ref: SceneRef) => void,
): void {
  const latest = useRef({ getRef, select });
  latest.current = { getRef, select };
  useEffect(() => {
    let lastNodeId: string | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !(event.target instanceof Element)) return;
      if (event.key === 'Enter') {
        const node = event.target.closest('.canvas .react-flow__node-scene');
        const id = node?.getAttribute('data-id');
        const ref = id ? latest.current.getRef(id) : undefined;
        if (!id || !ref) return;
        event.preventDefault();
        lastNodeId = id;
        latest.current.select(ref);
        focusInspectorField(performance.now() + 5000);
      } else if (
        event.key === 'Escape' &&
        lastNodeId &&
        !event.defaultPrevented &&
        event.target.closest('.inspector')
      ) {
        window.document
          .querySelector<HTMLElement>(`.canvas .react-flow__node[data-id="${CSS.escape(lastNodeId)}"]`)
          ?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
