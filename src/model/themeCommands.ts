import { defineCommand } from './command';
import { getStepNumber } from './steps';
import { defaultTheme } from './defaults';
import type { Step, Theme, TrappDocument, UserFont } from './types';

/** Theme colours a contrast fix may change. */
export type ThemeColourField = 'text' | 'mutedText' | 'accent';

/** A change that makes a failing text pass: a theme colour, or one step's own override. */
export type ContrastFix =
  | { target: 'theme'; field: ThemeColourField; colour: string }
  | { target: 'step'; stepId: string; field: 'textColour' | 'fill'; colour: string };

/** Some fields of the theme (a colour, the radius, the step shape), the rest kept. A picker's drag is one gesture. */
export const setThemeFields = defineCommand<Partial<Theme>>('setThemeFields', (doc, changes) => {
  Object.assign(doc.theme, changes);
});

type StyleChange = { [K in keyof NonNullable<Step['style']>]?: NonNullable<Step['style']>[K] | null };

/** A step's own fill, text colour or font scale; null clears one, so the theme's value shows again. */
export const setStepStyle = defineCommand<{ stepId: string; style: StyleChange }>(
  'setStepStyle',
  (doc, { stepId, style }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (!step) return;
    const next: Record<string, unknown> = { ...step.style };
    for (const [key, value] of Object.entries(style)) {
      if (value === null || value === undefined) delete next[key];
      else next[key] = value;
    }
    if (Object.keys(next).length === 0) delete step.style;
    else step.style = next as Step['style'];
  },
  ({ stepId }, doc: TrappDocument) => ({ key: 'history.setStepStyle', params: { number: getStepNumber(doc, stepId) } }),
);

export const applyContrastFix = defineCommand<ContrastFix>('applyContrastFix', (doc, fix) => {
  if (fix.target === 'theme') {
    doc.theme[fix.field] = fix.colour;
    return;
  }
  const step = doc.steps.find((s) => s.id === fix.stepId);
  if (step) step.style = { ...step.style, [fix.field]: fix.colour };
});

/** Adds an uploaded font, replacing one of the same family and weight. */
export const addUserFont = defineCommand<{ font: UserFont }>(
  'addUserFont',
  (doc, { font }) => {
    const others = (doc.fonts ?? []).filter((f) => !(f.family === font.family && f.weight === font.weight));
    doc.fonts = [...others, font];
  },
  ({ font }) => ({ key: 'history.addUserFont', params: { family: font.family } }),
);

/** Removes an uploaded font; a theme that used its family's last file returns to the shipped font. */
export const removeUserFont = defineCommand<{ family: string; weight: UserFont['weight'] }>(
  'removeUserFont',
  (doc, { family, weight }) => {
    const kept = (doc.fonts ?? []).filter((f) => !(f.family === family && f.weight === weight));
    if (kept.length) doc.fonts = kept;
    else delete doc.fonts;
    if (kept.some((f) => f.family === family)) return;
    if (doc.theme.headingFont === family) doc.theme.headingFont = defaultTheme.headingFont;
    if (doc.theme.bodyFont === family) doc.theme.bodyFont = defaultTheme.bodyFont;
  },
  ({ family }) => ({ key: 'history.removeUserFont', params: { family } }),
);
