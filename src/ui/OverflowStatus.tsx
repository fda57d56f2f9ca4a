import type { Overflow } from '@/layout/overview';
import type { TrappDocument } from '@/model/types';
import { getStepNumber } from '@/model/steps';
import { isMessageKey } from '@/i18n/translate';
import { useT } from './i18nContext';

/** Tells the user which texts the layout had to cut, so nothing is silently lost. */
export function OverflowStatus({ overflows, document }: { overflows: readonly Overflow[]; document: TrappDocument }) {
  const t = useT();
  const fieldName = (field: string) => {
    const key = `field.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
  if (overflows.length === 0) return <p className="status ok" role="status">{t('overflow.none')}</p>;
  return (
    <details className="status warn" role="status">
      <summary>⚠ {t('overflow.count', { count: overflows.length })}</summary>
      <ul>
        {overflows.map((o, i) => (
          <li key={i}>
            {o.field === 'pageContinues'
              ? t('pages.continues', { number: getStepNumber(document, o.id) })
              : o.kind === 'step' || o.kind === 'callout'
              ? t('overflow.step', { number: getStepNumber(document, o.id), field: fieldName(o.field) })
              : t('overflow.other', { field: fieldName(o.field) })}
          </li>
        ))}
      </ul>
    </details>
  );
}
