// Commands that take a whole outline of steps at once: the import's "replace the steps of this trapp".
import { current, isDraft, type Draft } from 'immer';
import { defineCommand } from './command';
import { newId } from './ids';
import { MAX_STEPS } from './schemaConstants';
import { repairStepRanges } from './steps';
import type { ChildItem, Item, Step } from './types';

const plain = <T>(value: T): T => (isDraft(value) ? (current(value as Draft<T>) as T) : value);

const allItems = (step: Step): (Item | ChildItem)[] =>
  [step.commitments.items, ...step.sections.map((s) => s.items)]
    .flat()
    .flatMap((item) => [item, ...(item.items ?? [])]);

/**
 * What the outline's text cannot say, carried over from the item with the same text in the same
 * step: that it is an example (Gausdal), and links still waiting for their address (Lillesand).
 */
function keepItemMarks(step: Step, kept: Step): void {
  const before = new Map(allItems(kept).map((item) => [item.text, item]));
  for (const item of allItems(step)) {
    const old = before.get(item.text);
    if (!old) continue;
    if (old.example) item.example = true;
    const waiting = (old.links ?? []).filter(
      (link) => link.href === '' && !item.links?.some((l) => l.text === link.text),
    );
    if (waiting.length) item.links = [...(item.links ?? []), ...waiting];
  }
}

/**
 * Puts imported steps in place of the document's, as one undo step. The step in each position keeps
 * its id, figures, look, planned change and speaker notes, so bands, charts, step pages and figures
 * stay with the position; steps added past the old count get a page when the document has step
 * pages, and steps past the new count go with their pages and ranges. `fromOutline`: the steps come
 * from the outline view, whose text holds no callout or footnote, so each position keeps its own
 * (and its items' example marks and links without an address).
 */
export const replaceSteps = defineCommand<{ steps: readonly Step[]; fromOutline?: boolean }>(
  'replaceSteps',
  (doc, { steps, fromOutline }) => {
    const before = doc.steps.map((step) => step.id);
    const old = doc.steps.map(plain);
    doc.steps = steps.slice(0, MAX_STEPS).map((given, i) => {
      const kept = old[i];
      if (!kept) return given as Step;
      // A copy: the marks are added to the command's own steps, never to its caller's.
      const step = fromOutline ? structuredClone(given as Step) : (given as Step);
      const { style, change, notes, callout, footnote } = kept;
      const text = fromOutline ? { ...(callout ? { callout } : {}), ...(footnote ? { footnote } : {}) } : {};
      if (fromOutline) keepItemMarks(step, kept);
      return {
        ...step,
        id: kept.id,
        figures: kept.figures,
        ...(style ? { style } : {}),
        ...(change ? { change } : {}),
        ...(notes ? { notes } : {}),
        ...text,
      } as Step;
    });
    if (doc.pages.some((page) => page.kind === 'step')) {
      for (const step of doc.steps.slice(before.length))
        doc.pages.push({ id: newId('page'), kind: 'step', stepId: step.id, elements: [] });
    }
    repairStepRanges(doc, before);
  },
  ({ steps, fromOutline }) => ({
    key: fromOutline ? 'history.replaceSteps.outline' : 'history.replaceSteps',
    params: { count: Math.min(steps.length, MAX_STEPS) },
  }),
);
