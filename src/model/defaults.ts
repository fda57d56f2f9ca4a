import { CURRENT_VERSION, FORMAT } from './schemaConstants';
import { newId } from './ids';
import type { Language, LayoutOptions, PageSize, Step, Theme, TrappDocument } from './types';

export const defaultTheme: Theme = {
  name: 'Fjord',
  background: '#ffffff',
  text: '#1b2a35',
  mutedText: '#4f5f6b',
  stepColours: ['#d9ecef', '#7fbcc6', '#1f6f82', '#0b3a4c'],
  bandColours: ['#eef6f7', '#f4f1ea', '#eef0f6', '#f6eef0'],
  accent: '#c0392b',
  headingFont: 'Source Sans 3',
  bodyFont: 'Source Sans 3',
  cornerRadius: 4,
};

export const defaultLayout: LayoutOptions = {
  direction: 'right',
  showSubtitles: true,
  showBands: true,
  showAxis: true,
  stepWidth: 0.42,
  stepGap: 0.18,
};

/**
 * A new document shows as much as fits the paper. Files without a stored level (the templates
 * among them) keep the level their `showSubtitles` gives, so `defaultLayout` stays the version 1 picture.
 */
export const newDocumentLayout: LayoutOptions = { ...defaultLayout, detail: 'auto' };

export type Placeholders = { step: string; title: string; municipality: string; axis: string };

/** The words a blank document starts with, in each of its languages. */
export const placeholders: Record<Language, Placeholders> = {
  nb: { step: 'Trinn', title: 'Helhetlig innsatstrapp', municipality: 'Kommunenavn', axis: 'Grad av inngripen' },
  nn: { step: 'Trinn', title: 'Heilskapleg innsatstrapp', municipality: 'Kommunenamn', axis: 'Grad av inngripen' },
};

export function createStep(fields: Partial<Step> = {}): Step {
  return {
    id: newId('step'),
    title: '',
    subtitle: '',
    vision: '',
    commitments: { heading: '', items: [] },
    sections: [],
    figures: [],
    ...fields,
  };
}

export type BlankOptions = {
  steps: number;
  language: Language;
  size?: PageSize;
  orientation?: 'portrait' | 'landscape';
};

/** A new document with numbered placeholder steps in the chosen language. */
export function createBlankDocument({
  steps,
  language,
  size = 'A3',
  orientation = 'landscape',
}: BlankOptions): TrappDocument {
  const words = placeholders[language];
  const count = Math.max(1, Math.min(30, Math.round(steps)));
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    meta: { municipality: words.municipality, title: words.title, language, year: null, intro: '', footnote: '' },
    page: { size, orientation },
    theme: defaultTheme,
    layout: newDocumentLayout,
    axis: { label: words.axis, start: '', end: '' },
    steps: Array.from({ length: count }, (_, i) => createStep({ title: `${words.step} ${i + 1}` })),
    bands: [],
    tracks: [],
    charts: [],
    pages: [{ id: newId('page'), kind: 'overview', elements: [] }],
  };
}
