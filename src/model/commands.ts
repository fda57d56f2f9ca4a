import { defineCommand } from './command';
import { createStep } from './defaults';
import { copyStep } from './contentCommands';
import { newId } from './ids';
import { MAX_STEPS } from './schemaConstants';
import { getStepIndex, repairStepRanges, setStepRange } from './steps';
import { moveById, withoutId } from './lists';
import type { Band, LayoutOptions, PageSize, Step, Theme, TrappDocument } from './types';

export type StepTextField = 'title' | 'subtitle' | 'vision' | 'callout' | 'footnote' | 'notes';
export type MetaTextField = 'municipality' | 'title' | 'intro' | 'footnote';

const stepNumber = (doc: TrappDocument, stepId: string) => getStepIndex(doc, stepId) + 1;

export const setStepText = defineCommand<{ stepId: string; field: StepTextField; value: string }>(
  'setStepText',
  (doc, { stepId, field, value }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) step[field] = value;
  },
  ({ stepId, field }, doc) => ({ key: `history.setStepText.${field}`, params: { number: stepNumber(doc, stepId) } }),
);

export const setMetaText = defineCommand<{ field: MetaTextField; value: string }>(
  'setMetaText',
  (doc, { field, value }) => {
    doc.meta[field] = value;
  },
  ({ field }) => ({ key: `history.setMetaText.${field}` }),
);

export const addStep = defineCommand<{ index: number; step?: Step; withPage?: boolean }>(
  'addStep',
  (doc, { index, step, withPage = true }) => {
    // Past the schema's limit the saved file could not be opened again.
    if (doc.steps.length >= MAX_STEPS) return;
    const before = doc.steps.map((s) => s.id);
    const at = Math.max(0, Math.min(doc.steps.length, index));
    const added = step ?? createStep();
    doc.steps.splice(at, 0, added);
    if (withPage && doc.pages.some((page) => page.kind === 'step'))
      doc.pages.push({ id: newId('page'), kind: 'step', stepId: added.id, elements: [] });
    repairStepRanges(doc, before);
  },
  ({ index }) => ({ key: 'history.addStep', params: { number: index + 1 } }),
);

export const removeStep = defineCommand<{ stepId: string }>(
  'removeStep',
  (doc, { stepId }) => {
    const before = doc.steps.map((s) => s.id);
    doc.steps = withoutId(doc.steps, stepId);
    repairStepRanges(doc, before);
  },
  ({ stepId }, doc) => ({ key: 'history.removeStep', params: { number: stepNumber(doc, stepId) } }),
);

export const moveStep = defineCommand<{ stepId: string; toIndex: number }>(
  'moveStep',
  (doc, { stepId, toIndex }) => {
    const before = doc.steps.map((s) => s.id);
    if (!before.includes(stepId)) return;
    moveById(doc.steps, stepId, toIndex);
    repairStepRanges(doc, before, stepId);
  },
  ({ stepId, toIndex }, doc) => ({
    key: 'history.moveStep',
    params: { number: stepNumber(doc, stepId), to: toIndex + 1 },
  }),
);

export const addBand = defineCommand<{ band: Band }>('addBand', (doc, { band }) => {
  doc.bands.push(band);
});

export const removeBand = defineCommand<{ bandId: string }>('removeBand', (doc, { bandId }) => {
  doc.bands = doc.bands.filter((band) => band.id !== bandId);
});

export const setBandLabel = defineCommand<{ bandId: string; label: string }>(
  'setBandLabel',
  (doc, { bandId, label }) => {
    const band = doc.bands.find((b) => b.id === bandId);
    if (band) band.label = label;
  },
);

export const setBandRange = defineCommand<{ bandId: string; firstStep: string; lastStep: string }>(
  'setBandRange',
  (doc, { bandId, firstStep, lastStep }) => {
    setStepRange(
      doc,
      doc.bands.find((b) => b.id === bandId),
      firstStep,
      lastStep,
    );
  },
);

export const setLayout = defineCommand<Partial<LayoutOptions>>('setLayout', (doc, changes) => {
  Object.assign(doc.layout, changes);
});

export const setTheme = defineCommand<{ theme: Theme }>('setTheme', (doc, { theme }) => {
  doc.theme = theme;
});

export const setPage = defineCommand<{ size: PageSize; orientation: 'portrait' | 'landscape' }>(
  'setPage',
  (doc, page) => {
    doc.page = page;
  },
);

export const setAxisText = defineCommand<{ field: 'label' | 'start' | 'end'; value: string }>(
  'setAxisText',
  (doc, { field, value }) => {
    doc.axis[field] = value;
  },
);

/** Inserts a copy of a step right after it (with its own page if the original has one). */
export const duplicateStep = defineCommand<{ stepId: string }>(
  'duplicateStep',
  (doc, { stepId }) => {
    const index = getStepIndex(doc, stepId);
    if (index < 0 || doc.steps.length >= MAX_STEPS) return;
    const before = doc.steps.map((s) => s.id);
    const copy = copyStep(doc.steps[index] as Step);
    doc.steps.splice(index + 1, 0, copy);
    if (doc.pages.some((page) => page.kind === 'step' && page.stepId === stepId))
      doc.pages.push({ id: newId('page'), kind: 'step', stepId: copy.id, elements: [] });
    repairStepRanges(doc, before);
  },
  ({ stepId }, doc) => ({ key: 'history.duplicateStep', params: { number: stepNumber(doc, stepId) } }),
);
