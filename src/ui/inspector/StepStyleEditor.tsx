import { memo } from 'react';
import '../theme/ThemePanel.css';
import { setStepStyle } from '@/model/themeCommands';
import type { Step } from '@/model/types';
import { ColourField } from '../fields/ColourField';
import { useT } from '../shell/i18nContext';
import { RangeField } from '../fields/RangeField';
import { formatPercent } from '../fields/formatPercent';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Field = 'fill' | 'textColour' | 'fontScale';

/** `fill` and `textColour`: what the step is drawn with, its own or the theme's. */
type Props = { stepId: string; style: Step['style']; fill: string; textColour: string };

/**
 * A step's own fill, text colour and text size over the theme's. An overridden value says so and
 * has a reset button; changing the theme keeps it.
 */
export const StepStyleEditor = memo(function StepStyleEditor({ stepId, style = {}, fill, textColour }: Props) {
  const editor = useEditor();
  const t = useT();
  const end = () => editor.endGesture();
  const set = (field: Field, value: string | number | null, gesture = true) =>
    editor.run(
      setStepStyle,
      { stepId, style: { [field]: value } },
      gesture && value !== null ? { gesture: gestureKey('style', stepId, field) } : {},
    );
  const state = (field: Field, label: string) => {
    const overridden = style[field] !== undefined;
    return (
      <span className={overridden ? 'override on' : 'override'}>
        {overridden ? t('style.overridden') : t('style.fromTheme')}
        {overridden && (
          <button
            type="button"
            title={t('style.resetTitle', { field: label.toLowerCase() })}
            aria-label={`${t('style.reset')}: ${label}`}
            onClick={() => set(field, null)}
          >
            {t('style.reset')}
          </button>
        )}
      </span>
    );
  };
  return (
    <section className="step-style" aria-labelledby={`step-style-${stepId}`}>
      <h4 id={`step-style-${stepId}`}>{t('style.heading')}</h4>
      <ColourField label={t('style.fill')} value={fill} onChange={(c) => set('fill', c)} onCommit={end}>
        {state('fill', t('style.fill'))}
      </ColourField>
      <ColourField
        label={t('style.textColour')}
        value={textColour}
        onChange={(c) => set('textColour', c)}
        onCommit={end}
      >
        {state('textColour', t('style.textColour'))}
      </ColourField>
      <RangeField
        label={t('style.fontScale')}
        min={0.6}
        max={1.6}
        step={0.05}
        value={style.fontScale ?? 1}
        format={formatPercent}
        onChange={(v) => set('fontScale', v)}
        onCommit={end}
      />
      {state('fontScale', t('style.fontScale'))}
    </section>
  );
});
