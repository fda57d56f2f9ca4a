import type { Editor } from '@/model/editor';
import './ThemePanel.css';
import { getStepFill } from '@/layout/stepColours';
import { getStepTitleColour } from '@/layout/stepShape';
import { getStepIndex } from '@/model/steps';
import { setStepStyle } from '@/model/themeCommands';
import type { Step, TrappDocument } from '@/model/types';
import { ColourField } from './ColourField';
import { useT } from './i18nContext';
import { RangeField } from './RangeField';

type Field = 'fill' | 'textColour' | 'fontScale';

/**
 * A step's own fill, text colour and text size over the theme's. An overridden value says so and
 * has a reset button; changing the theme keeps it.
 */
export function StepStyleEditor({ editor, document, step }: { editor: Editor; document: TrappDocument; step: Step }) {
  const t = useT();
  const index = getStepIndex(document, step.id);
  const style = step.style ?? {};
  const end = () => editor.endGesture();
  const set = (field: Field, value: string | number | null, gesture = true) =>
    editor.run(setStepStyle, { stepId: step.id, style: { [field]: value } }, gesture && value !== null ? { gesture: `style:${step.id}:${field}` } : {});
  const state = (field: Field, label: string) => {
    const overridden = style[field] !== undefined;
    return (
      <span className={overridden ? 'override on' : 'override'}>
        {overridden ? t('style.overridden') : t('style.fromTheme')}
        {overridden && (
          <button type="button" title={t('style.resetTitle', { field: label.toLowerCase() })} aria-label={`${t('style.reset')}: ${label}`} onClick={() => set(field, null)}>
            {t('style.reset')}
          </button>
        )}
      </span>
    );
  };
  return (
    <section className="step-style" aria-labelledby={`step-style-${step.id}`}>
      <h4 id={`step-style-${step.id}`}>{t('style.heading')}</h4>
      <ColourField label={t('style.fill')} value={getStepFill(document, index)} onChange={(c) => set('fill', c)} onCommit={end}>
        {state('fill', t('style.fill'))}
      </ColourField>
      <ColourField label={t('style.textColour')} value={getStepTitleColour(document, index)} onChange={(c) => set('textColour', c)} onCommit={end}>
        {state('textColour', t('style.textColour'))}
      </ColourField>
      <RangeField label={t('style.fontScale')} min={0.6} max={1.6} step={0.05} value={style.fontScale ?? 1} format={(v) => `${Math.round(v * 100)} %`} onChange={(v) => set('fontScale', v)} onCommit={end} />
      {state('fontScale', t('style.fontScale'))}
    </section>
  );
}
