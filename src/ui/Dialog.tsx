import { useEffect, type ReactNode } from 'react';
import { useT } from './i18nContext';

type Props = { id: string; title: string; className: string; onClose: () => void; children: ReactNode };

/** A modal dialog: named by its heading, closed by its ✕ button, by Escape or by a click outside it. */
export function Dialog({ id, title, className, onClose, children }: Props) {
  const t = useT();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className={`dialog ${className}`} role="dialog" aria-modal="true" aria-labelledby={id} onClick={(e) => e.stopPropagation()}>
        <header>
          <h2 id={id}>{title}</h2>
          <button type="button" onClick={onClose} aria-label={t('dialog.close')}>✕</button>
        </header>
        {children}
      </div>
    </div>
  );
}
