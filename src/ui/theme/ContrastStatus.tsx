import type { ContrastIssue } from '@/scene/contrastCheck';
import { useT } from '../shell/i18nContext';

/** The status bar's count of contrast failures; opens the list in the theme panel. */
export function ContrastStatus({ issues, onOpen }: { issues: readonly ContrastIssue[]; onOpen: () => void }) {
  const t = useT();
  if (issues.length === 0) return <span className="status ok contrast-status">{t('contrast.none')}</span>;
  return (
    <button type="button" className="status warn contrast-status" title={t('contrast.statusTitle')} onClick={onOpen}>
      {t('contrast.status', { count: issues.length })}
    </button>
  );
}
