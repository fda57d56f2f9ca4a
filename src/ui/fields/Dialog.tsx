import { useRef, type ReactNode } from 'react';
import { useT } from '../shell/i18nContext';
import { useModalFocus } from '../a11y/useModalFocus';

type Props = {
  id: string;
  title: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
};

/**
 * A modal dialog: named by its heading, closed by its ✕ button, by Escape or by a click outside it.
 * It holds the keyboard while open (see useModalFocus) and gives focus back to what opened it.
 */
export function Dialog({ id, title, className, onClose, children, role = 'dialog', describedBy }: Props) {
  const t = useT();
  const layer = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(layer, box, onClose);
  return (
    <div ref={layer} className="dialog-backdrop" onClick={onClose}>
      <div
        ref={box}
        className={`dialog ${className}`}
        role={role}
        aria-modal="true"
        aria-labelledby={id}
        aria-describedby={describedBy}
        onClick={(e) => e.stopPropagation()}
      >
        <header>
          <h2 id={id}>{title}</h2>
          <button type="button" onClick={onClose} aria-label={t('dialog.close')}>
            ✕
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
