// The built-in themes, and the defaults of the theme fields added after version 1 (read through the getters here).
import { defaultTheme } from './defaults';
import type { StepShape, Theme } from './types';

export type BuiltInTheme = {
  id: string;
  theme: Theme;
  /** The template whose municipality's published look the theme recalls (colours only, no logos). */
  recalls?: string;
};

const sourceSans = { headingFont: 'Source Sans 3', bodyFont: 'Source Sans 3' } as const;

export const builtInThemes: readonly BuiltInTheme[] = [
  // Calm sea greens: the default since version 1, unchanged so existing files look the same.
  { id: 'fjord', theme: defaultTheme },
  // Lillesand, Sørlandet: white houses, sea blues and a boat-red accent; steps point along the stairs.
  {
    id: 'skerries',
    recalls: 'lillesand',
    theme: {
      name: 'Skjærgård',
      background: '#ffffff',
      text: '#10243e',
      mutedText: '#46566b',
      stepColours: ['#dcebf7', '#8fb8de', '#2f6ea8', '#0f2f57'],
      bandColours: ['#eef4fa', '#fbf3e6', '#f3eef8'],
      accent: '#c8402a',
      ...sourceSans,
      cornerRadius: 2,
      stepShape: 'arrow',
    },
  },
  // Nordre Land, inland: spruce forest and Randsfjorden; soft, rounded steps.
  {
    id: 'forest',
    recalls: 'nordre-land',
    theme: {
      name: 'Skog',
      background: '#ffffff',
      text: '#1d2a21',
      mutedText: '#4a584d',
      stepColours: ['#e4f0da', '#9fc78c', '#3f7f4a', '#1b472c'],
      bandColours: ['#f0f6ea', '#f6f2e4', '#e9f1f1'],
      accent: '#b55d10',
      ...sourceSans,
      cornerRadius: 8,
      stepShape: 'rounded',
    },
  },
  // Østre Toten, farmland by Mjøsa: ripe grain to rust and earth, the lake as accent; cards.
  {
    id: 'field',
    recalls: 'ostre-toten',
    theme: {
      name: 'Åker',
      background: '#fffdf8',
      text: '#2b2118',
      mutedText: '#5b4e41',
      stepColours: ['#f4dc8f', '#dda24a', '#a85a26', '#5e2718'],
      bandColours: ['#faf3e2', '#f4ebe3', '#edf0e4'],
      accent: '#2c6a8a',
      ...sourceSans,
      cornerRadius: 6,
      stepShape: 'card',
    },
  },
  // Gausdal: the mestringstrapp's blue columns and red curve, mountain-plain blocks.
  {
    id: 'mountain',
    recalls: 'gausdal',
    theme: {
      name: 'Fjell',
      background: '#ffffff',
      text: '#14202e',
      mutedText: '#495466',
      stepColours: ['#dde7f5', '#87a7d5', '#325d9c', '#152f5b'],
      bandColours: ['#eef3fa', '#f6f0f0', '#f1f4ee'],
      accent: '#c62828',
      ...sourceSans,
      cornerRadius: 0,
      stepShape: 'block',
      headingWeight: 600,
    },
  },
  // Alver, Nordhordland's coast: heather purples with a sunset orange; rounded.
  {
    id: 'heather',
    recalls: 'alver',
    theme: {
      name: 'Lynghei',
      background: '#ffffff',
      text: '#24192a',
      mutedText: '#574a5d',
      stepColours: ['#f0e4f2', '#c49dca', '#7a4a8a', '#3c1d4b'],
      bandColours: ['#f7f0f8', '#edf3f0', '#f8f2e8', '#eef1f7'],
      accent: '#c7600f',
      ...sourceSans,
      cornerRadius: 10,
      stepShape: 'card',
    },
  },
  // Dark steps with white type and black text on white: every text well above 7:1.
  {
    id: 'highContrast',
    theme: {
      name: 'Høy kontrast',
      background: '#ffffff',
      text: '#000000',
      mutedText: '#1a1a1a',
      stepColours: ['#0a3a7a', '#000000'],
      bandColours: ['#f2f2f2', '#ffffff'],
      accent: '#b00000',
      ...sourceSans,
      cornerRadius: 0,
      stepShape: 'block',
      lineWidth: 1.6,
    },
  },
  // Greys only: prints the same on a black-and-white printer as on screen.
  {
    id: 'greyscale',
    theme: {
      name: 'Gråtoner',
      background: '#ffffff',
      text: '#000000',
      mutedText: '#3b3b3b',
      stepColours: ['#ebebeb', '#bcbcbc', '#6b6b6b', '#262626'],
      bandColours: ['#f6f6f6', '#ebebeb'],
      accent: '#000000',
      ...sourceSans,
      cornerRadius: 2,
      stepShape: 'block',
      lineWidth: 1.2,
    },
  },
];

export function getBuiltInTheme(id: string): BuiltInTheme | undefined {
  return builtInThemes.find((entry) => entry.id === id);
}

/** The built-in theme a document's theme is, if it has not been edited since it was chosen. */
export function getMatchingBuiltInTheme(theme: Theme): BuiltInTheme | undefined {
  const key = normalise(theme);
  return builtInThemes.find((entry) => normalise(entry.theme) === key);
}

/** The theme with its defaults filled in, as text with sorted keys, so equal themes compare equal. */
function normalise(theme: Theme): string {
  const full: Record<string, unknown> = {
    ...theme,
    stepShape: getStepShape(theme),
    headingWeight: getHeadingWeight(theme),
    lineWidth: getLineWidth(theme),
    name: '',
  };
  return JSON.stringify(
    Object.keys(full)
      .sort()
      .map((key) => [key, full[key]]),
  );
}

export const getStepShape = (theme: Theme): StepShape => theme.stepShape ?? 'block';
export const getHeadingWeight = (theme: Theme): 600 | 700 => theme.headingWeight ?? 700;
export const getLineWidth = (theme: Theme): number => theme.lineWidth ?? 1;
