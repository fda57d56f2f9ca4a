import type { ReactNode } from 'react';
import { useT } from '../shell/i18nContext';

/** The outline dialogs' buttons: "Avbryt" first, then what the dialog does with the steps it read. */
export function OutlineDialogFooter({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <footer className="outline-import-actions">
      <button type="button" onClick={onCancel}>
        {t('outlineImport.cancel')}
      </button>
      {children}
    </footer>
  );
}
