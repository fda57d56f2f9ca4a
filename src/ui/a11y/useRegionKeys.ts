import { useEffect } from 'react';
import { focusNextRegion } from './regions';

/** F6 and Shift+F6 move between the editor's regions; a modal dialog keeps them to itself. */
export function useRegionKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== 'F6' ||
        event.ctrlKey ||
        event.altKey ||
        event.metaKey ||
        document.querySelector('[aria-modal="true"]')
      )
        return;
      if (focusNextRegion(event.shiftKey)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
