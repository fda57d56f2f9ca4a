import { stepShapes } from '@/model/schemaConstants';
import { setThemeFields } from '@/model/themeCommands';
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import { shippedFonts } from '@/layout/fonts';
import type { Theme } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { RangeField } from '../fields/RangeField';
import { gestureKey } from '@/model/gestureKey';

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
      <fieldset className="shape-choice">
        <legend>{t('theme.shape')}</legend>
        {stepShapes.map((shape) => (
          <label key={shape} className={`shape-option shape-${shape}`}>
            <input
              type="radio"
              name="step-shape"
              value={shape}
              checked={getStepShape(theme) === shape}
              onChange={() => set({ stepShape: shape })}
            />
            <span className="shape-icon" aria-hidden="true" />
            {t(`theme.shape.${shape}`)}
          </label>
        ))}
      </fieldset>
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
      <label className="select-field">
        {t('theme.headingWeight')}
        <select
          value={getHeadingWeight(theme)}
          onChange={(e) => set({ headingWeight: Number(e.target.value) === 600 ? 600 : 700 })}
        >
          <option value={700}>{t('theme.weight.700')}</option>
          <option value={600}>{t('theme.weight.600')}</option>
        </select>
      </label>
      {(['headingFont', 'bodyFont'] as const).map((field) => (
        <label key={field} className="select-field">
          {t(`theme.${field}`)}
          <select value={theme[field]} onChange={(e) => set({ [field]: e.target.value })}>
            {fonts.map((family) => (
              <option key={family} value={family}>
                {family}
              </option>
            ))}
          </select>
        </label>
      ))}
    </section>
  );
}
