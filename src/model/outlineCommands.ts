// Commands that take a whole outline of steps at once: the import's "replace the steps of this trapp".
import { current, isDraft, type Draft } from 'immer';
import { defineCommand } from './command';
import { newId } from './ids';
import { MAX_STEPS } from './schema';
import { repairStepRanges } from './steps';
import type { Step } from './types';

const plain = <T,>(value: T): T => (isDraft(value) ? (current(value as Draft<T>) as T) : value);

/**
 * Puts imported steps in place of the document's, as one undo step. The step in each position keeps
 * its id, figures, look, planned change and speaker notes, so bands, charts, step pages and figures
 * stay with the position; steps added past the old count get a page when the document has step
 * pages, and steps past the new count go with their pages and ranges. `fromOutline`: the steps come
 * from the outline view, whose text holds no callout or footnote, so each position keeps its own.
 */
export const replaceSteps = defineCommand<{ steps: readonly Step[]; fromOutline?: boolean }>(
  'replaceSteps',
  (doc, { steps, fromOutline }) => {
    const before = doc.steps.map((step) => step.id);
    const old = doc.steps.map(plain);
    doc.steps = steps.slice(0, MAX_STEPS).map((step, i) => {
      const kept = old[i];
      if (!kept) return step as Step;
      const { style, change, notes, callout, footnote } = kept;
      const text = fromOutline ? { ...(callout ? { callout } : {}), ...(footnote ? { footnote } : {}) } : {};
      return { ...step, id: kept.id, figures: kept.figures, ...(style ? { style } : {}), ...(change ? { change } : {}), ...(notes ? { notes } : {}), ...text } as Step;
    });
    if (doc.pages.some((page) => page.kind === 'step')) {
      for (const step of doc.steps.slice(before.length)) doc.pages.push({ id: newId('page'), kind: 'step', stepId: step.id, elements: [] });
    }
    repairStepRanges(doc, before);
  },
  ({ steps, fromOutline }) => ({ key: fromOutline ? 'history.replaceSteps.outline' : 'history.replaceSteps', params: { count: Math.min(steps.length, MAX_STEPS) } }),
);
