import { useEffect } from 'react';

const isModalOpen = () => document.querySelector('[aria-modal="true"]') !== null;

/**
 * Ctrl+P (Cmd+P) opens the export dialog instead of the browser's print of the editor: printing
 * the trapp means a print-ready export, and the key brings a keyboard user there in one press.
 */
export function useExportShortcut(openExport: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey ||
        event.altKey ||
        event.key.toLowerCase() !== 'p' ||
        isModalOpen()
      )
        return;
      event.preventDefault();
      openExport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openExport]);
}
