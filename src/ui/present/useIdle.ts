import { useEffect, useState, type RefObject } from 'react';

/** True once the pointer has rested over the element for `ms`; any move makes it false again. */
export function useIdle(ref: RefObject<HTMLElement | null>, ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    element.addEventListener('pointermove', wake);
    return () => {
      clearTimeout(timer);
      element.removeEventListener('pointermove', wake);
    };
  }, [ref, ms]);
  return idle;
}
