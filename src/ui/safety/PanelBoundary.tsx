import type { ReactNode } from 'react';
import { useT } from '../shell/i18nContext';
import './safety.css';
import { ErrorBoundary } from './ErrorBoundary';

type Props = {
  children: ReactNode;
  resetKey?: unknown;
  /** A dialog's way out while its content cannot be shown. */
  onClose?: () => void;
  /** The grid area's class, so the message sits where the panel was. */
  className?: string;
  /** Kept in the message, e.g. the file menu in place of a failed toolbar. */
  extra?: ReactNode;
};

/** A panel or dialog that failed shows a small message in its place; the canvas and the other panels go on. */
export function PanelBoundary({ children, resetKey, onClose, className, extra }: Props) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(_, retry) => <PanelFailed retry={retry} onClose={onClose} className={className} extra={extra} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function PanelFailed({
  retry,
  onClose,
  className,
  extra,
}: Omit<Props, 'children' | 'resetKey'> & { retry: () => void }) {
  const t = useT();
  return (
    // A dialog's message floats where the dialog would be; a panel's takes the panel's place.
    <div className={['panel-failed', className ?? (onClose && 'floating')].filter(Boolean).join(' ')} role="alert">
      <p>{t('crash.panel')}</p>
      <button type="button" onClick={retry}>
        {t('crash.retry')}
      </button>
      {onClose && (
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      )}
      {extra}
    </div>
  );
}
