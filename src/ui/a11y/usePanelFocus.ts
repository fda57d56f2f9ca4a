import { useEffect, useRef, type RefObject } from 'react';
import { focusIfPossible, focusStart } from './focusables';

/**
 * A side panel beside the drawing (not modal: the rest stays usable): focus moves into it when it
 * opens, Escape inside it closes it, and focus goes back to what opened it if it was inside at the end.
 */
export function usePanelFocus(panel: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  close.current = onClose;
  // Read while rendering, before an autoFocus inside takes focus during the commit.
  const openedFrom = useRef<Element | null | undefined>(undefined);
  if (openedFrom.current === undefined) openedFrom.current = document.activeElement;
  useEffect(() => {
    const box = panel.current;
    if (!box) return;
    const opener = openedFrom.current;
    if (!box.contains(document.activeElement)) focusStart(box);
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        !(event.target instanceof Node) ||
        !box.contains(event.target)
      )
        return;
      event.preventDefault();
      close.current();
    };
    box.addEventListener('keydown', onKey);
    return () => {
      box.removeEventListener('keydown', onKey);
      const at = document.activeElement;
      if (!at || at === document.body || box.contains(at)) focusIfPossible(opener);
    };
  }, [panel]);
}
