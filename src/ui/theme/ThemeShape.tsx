import { stepShapes } from '@/model/schemaConstants';
import { setThemeFields } from '@/model/themeCommands';
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import { shippedFonts } from '@/layout/fonts';
import type { Theme } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { RangeField } from '../fields/RangeField';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { SelectField } from '../fields/SelectField';
import { gestureKey } from '@/model/gestureKey';

const headingWeights = [700, 600] as const;

/** Step shape, corner radius, line width, title weight and the heading and body fonts. */
export function ThemeShape() {
  const editor = useEditor();
  const theme = useEditorDocument((d) => d.theme);
  // The families of the fonts uploaded into the document.
  const families = useEditorDocument((d) => (d.fonts ?? []).map((f) => f.family));
  const t = useT();
  const set = (changes: Partial<Theme>, gesture?: string) =>
    editor.run(setThemeFields, changes, gesture ? { gesture: gestureKey('theme', gesture) } : {});
  const fonts = [...new Set([...shippedFonts.map((f) => f.family), ...families, theme.headingFont, theme.bodyFont])];
  return (
    <section aria-labelledby="theme-shape">
      <h3 id="theme-shape">{t('theme.shapeAndType')}</h3>
      <ChoiceGroup
        className="shape-choice"
        name="step-shape"
        legend={t('theme.shape')}
        options={stepShapes}
        value={getStepShape(theme)}
        optionClassName={(shape) => `shape-option shape-${shape}`}
        label={(shape) => (
          <>
            <span className="shape-icon" aria-hidden="true" />
            {t(`theme.shape.${shape}`)}
          </>
        )}
        onChange={(stepShape) => set({ stepShape })}
      />
      <RangeField
        label={t('theme.radius')}
        min={0}
        max={24}
        step={1}
        value={theme.cornerRadius}
        format={(v) => `${v} pt`}
        onChange={(cornerRadius) => set({ cornerRadius }, 'radius')}
        onCommit={() => editor.endGesture()}
      />
      <RangeField
        label={t('theme.lineWidth')}
        min={0.5}
        max={3}
        step={0.1}
        value={getLineWidth(theme)}
        format={(v) => `${v.toFixed(1)}×`}
        onChange={(lineWidth) => set({ lineWidth }, 'lineWidth')}
        onCommit={() => editor.endGesture()}
      />
      <SelectField
        className="select-field"
        label={t('theme.headingWeight')}
        value={getHeadingWeight(theme)}
        options={headingWeights}
        optionLabel={(weight) => t(`theme.weight.${weight}`)}
        onChange={(headingWeight) => set({ headingWeight })}
      />
      {(['headingFont', 'bodyFont'] as const).map((field) => (
        <SelectField
          key={field}
          className="select-field"
          label={t(`theme.${field}`)}
          value={theme[field]}
          options={fonts}
          onChange={(family) => set({ [field]: family })}
        />
      ))}
    </section>
  );
}
