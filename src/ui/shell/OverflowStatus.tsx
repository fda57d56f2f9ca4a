import type { Overflow } from '@/layout/overview';
import { getStepNumber } from '@/model/steps';
import { isMessageKey } from '@/i18n/translate';
import { describeLeftOut } from '@/i18n/describeLeftOut';
import { useT } from './i18nContext';
import { useEditorDocument } from './editorContext';

type Props = { overflows: readonly Overflow[]; leftOut?: readonly Overflow[] };

/** Tells the user which texts the layout had to cut and which services it left to the step pages, so nothing is silently lost. */
export function OverflowStatus({ overflows, leftOut = [] }: Props) {
  const t = useT();
  const document = useEditorDocument((d) => d);
  const fieldName = (field: string) => {
    const key = `field.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
  if (overflows.length === 0 && leftOut.length === 0)
    return (
      <p className="status ok" role="status">
        {t('overflow.none')}
      </p>
    );
  return (
    <details className="status warn" role="status">
      <summary>⚠ {overflows.length ? t('overflow.count', { count: overflows.length }) : t('overflow.leftOut')}</summary>
      {/* Focusable, so the list can be scrolled from the keyboard when it is long. */}
      <ul tabIndex={0}>
        {leftOut.map((o, i) => (
          <li key={`left-${i}`}>{describeLeftOut(t, document, o)}</li>
        ))}
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
