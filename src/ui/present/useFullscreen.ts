import { useEffect, useRef, type RefObject } from 'react';

/**
 * Full screen while mounted, where the browser allows it; where it does not (no Fullscreen API,
 * refused by policy), the element simply covers the window. Leaving full screen by the browser's
 * own means (Esc, F11) calls onLeave, except just after `allowLeave()`: opening a window makes
 * some browsers leave full screen, and that should not end the presentation.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onLeave: () => void): { allowLeave: () => void } {
  const leaveAllowedUntil = useRef(0);
  const onLeaveRef = useRef(onLeave);
  onLeaveRef.current = onLeave;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) {
        entered = false;
        if (Date.now() > leaveAllowedUntil.current) onLeaveRef.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    element.requestFullscreen?.().catch(() => {
      // Refused: the full-window overlay is the presentation.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) document.exitFullscreen().catch(() => {});
    };
  }, [ref]);
  return { allowLeave: () => (leaveAllowedUntil.current = Date.now() + 2000) };
}
