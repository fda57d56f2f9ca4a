import type { PreflightIssue } from '../../../export/preflight';
import { isMessageKey } from '@/i18n/translate';
import { describeLeftOut } from '@/i18n/describeLeftOut';
import { getStepNumber } from '@/model/steps';
import type { TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { getIdOf } from '@/scene/sceneRef';

const SHOWN = 50;
const formatRatio = (ratio: number) =>
  (Math.floor(ratio * 100) / 100).toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export type PreflightTarget = { pageId: string; ref: SceneRef };
type Props = {
  document: TrappDocument;
  issues: readonly PreflightIssue[] | undefined;
  onJump?: (target: PreflightTarget) => void;
};

/** What the export would get wrong; each entry closes the dialog and selects its element. */
export function PreflightList({ document, issues, onJump }: Props) {
  const t = useT();
  const where = (ref: SceneRef) => {
    if (ref.kind === 'step' || ref.kind === 'callout')
      return t('contrast.element.step', { number: getStepNumber(document, ref.id) });
    const key = `contrast.element.${ref.kind}`;
    return isMessageKey(key) ? t(key) : ref.kind;
  };
  const field = (name: string) => {
    const key = `field.${name}`;
    return isMessageKey(key) ? t(key) : name;
  };
  const describe = (issue: PreflightIssue) => {
    switch (issue.kind) {
      case 'overflow':
        return issue.ref.kind === 'step' || issue.ref.kind === 'callout'
          ? t('overflow.step', { number: getStepNumber(document, issue.ref.id), field: field(issue.field) })
          : t('overflow.other', { field: field(issue.field) });
      case 'leftOut':
        return describeLeftOut(t, document, {
          kind: 'step',
          id: getIdOf(issue.ref, 'step') ?? '',
          field: issue.field,
          texts: issue.texts,
        });
      case 'missingGlyphs':
        return t('preflight.glyphs', { where: where(issue.ref), chars: issue.chars.join(' ') });
      case 'emptyLink':
        return t('preflight.emptyLink', { where: where(issue.ref), text: issue.text });
      case 'lowResolution':
        return t('preflight.lowResolution', { where: where(issue.ref), dpi: issue.dpi });
      case 'contrast':
        return t('preflight.contrast', {
          where: where(issue.ref),
          text: issue.text,
          ratio: t('contrast.ratio', { ratio: formatRatio(issue.ratio), required: formatRatio(issue.required) }),
        });
    }
  };
  return (
    <section className="preflight" aria-labelledby="preflight-heading">
      <h3 id="preflight-heading">{t('preflight.heading')}</h3>
      <p role="status" className={issues?.length ? 'warn' : 'muted'}>
        {!issues
          ? t('preflight.checking')
          : issues.length
            ? t('preflight.count', { count: issues.length })
            : t('preflight.none')}
      </p>
      {!!issues?.length && (
        <ul>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <li key={i} className={`preflight-${issue.kind}`}>
              {onJump ? (
                <button
                  type="button"
                  className="link"
                  title={t('preflight.jump')}
                  onClick={() => onJump({ pageId: issue.pageId, ref: issue.ref })}
                >
                  {describe(issue)}
                </button>
              ) : (
                describe(issue)
              )}
            </li>
          ))}
        </ul>
      )}
      {issues && issues.length > SHOWN && (
        <p className="muted">{t('contrast.more', { count: issues.length - SHOWN })}</p>
      )}
    </section>
  );
}
