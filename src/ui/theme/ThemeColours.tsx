import type { ReactNode } from 'react';
import { gradientAt } from '@/layout/colour';
import { setThemeFields } from '@/model/themeCommands';
import type { Theme } from '@/model/types';
import { ColourField } from '../fields/ColourField';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

const MAX_STOPS = 6;
type ColourList = 'stepColours' | 'bandColours';
const gestureNames: Record<ColourList, string> = { stepColours: 'step', bandColours: 'band' };
type SingleColour = 'background' | 'text' | 'mutedText' | 'accent';
const singles: readonly SingleColour[] = ['background', 'text', 'mutedText', 'accent'];

/** The theme's colours: page and text colours, the steps' gradient stops and the band colours. */
export function ThemeColours() {
  const editor = useEditor();
  const theme = useEditorDocument((d) => d.theme);
  const t = useT();
  const end = () => editor.endGesture();
  const set = (changes: Partial<Theme>, gesture: string) =>
    editor.run(setThemeFields, changes, { gesture: gestureKey('theme', gesture) });
  /** A picker per colour of a list; `beside` adds what stands by a picker (the gradient's remove buttons). */
  const pickers = (list: ColourList, label: (number: number) => string, beside?: (index: number) => ReactNode) =>
    theme[list].map((colour, i) => (
      <ColourField
        key={i}
        label={label(i + 1)}
        value={colour}
        onChange={(c) =>
          set({ [list]: theme[list].map((old, k) => (k === i ? c : old)) }, `${gestureNames[list]}:${i}`)
        }
        onCommit={end}
      >
        {beside?.(i)}
      </ColourField>
    ));
  return (
    <section aria-labelledby="theme-colours">
      <h3 id="theme-colours">{t('theme.colours')}</h3>
      {singles.map((field) => (
        <ColourField
          key={field}
          label={t(`theme.colour.${field}`)}
          value={theme[field]}
          onChange={(colour) => set({ [field]: colour }, field)}
          onCommit={end}
        />
      ))}
      <h4>{t('theme.stepColours')}</h4>
      <div
        className="gradient"
        aria-hidden="true"
        style={{ background: `linear-gradient(to right, ${theme.stepColours.join(', ')})` }}
      />
      {pickers(
        'stepColours',
        (number) => t('theme.stepColour', { number }),
        (i) =>
          theme.stepColours.length > 2 ? (
            <button
              type="button"
              className="remove"
              aria-label={t('theme.removeStop', { number: i + 1 })}
              title={t('theme.removeStop', { number: i + 1 })}
              onClick={() => editor.run(setThemeFields, { stepColours: theme.stepColours.filter((_, k) => k !== i) })}
            >
              ×
            </button>
          ) : null,
      )}
      {theme.stepColours.length < MAX_STOPS && (
        <button
          type="button"
          title={t('theme.addStopTitle')}
          onClick={() => editor.run(setThemeFields, { stepColours: addStop(theme.stepColours) })}
        >
          {t('theme.addStop')}
        </button>
      )}
      <h4>{t('theme.bandColours')}</h4>
      {pickers('bandColours', (number) => t('theme.bandColour', { number }))}
    </section>
  );
}

/** One more stop, placed where the gradient already is, so adding it changes nothing until it is edited. */
function addStop(stops: readonly string[]): string[] {
  const count = stops.length + 1;
  return Array.from({ length: count }, (_, i) => gradientAt(stops, i / (count - 1)));
}
