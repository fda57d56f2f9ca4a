import { describe, expect, it } from 'vitest';
import * as commands from './commands';
import { createBlankDocument, createStep, defaultTheme } from './defaults';
import { Editor } from './editor';
import type { GestureKey } from './gestureKey';
import type { Band, TrappDocument } from './types';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';

const {
  addBand,
  addStep,
  moveStep,
  removeBand,
  removeStep,
  setBandLabel,
  setBandRange,
  setLayout,
  setMetaText,
  setStepText,
} = commands;

/** Six steps s0..s5 (real ids kept), one band over steps 1..3 and a step page for every step. */
function sampleDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 6, language: 'nb' });
  const ids = doc.steps.map((s) => s.id);
  const band: Band = { id: 'band-a', label: 'Tilrettelagte tjenester', firstStep: ids[1], lastStep: ids[3] };
  const stepPages = ids.map((stepId, i) => ({ id: `page-${i}`, kind: 'step' as const, stepId, elements: [] }));
  return { ...doc, bands: [band], pages: [...doc.pages, ...stepPages] };
}

const ids = (doc: TrappDocument) => doc.steps.map((s) => s.id);
const bandSpan = (doc: TrappDocument, bandId = 'band-a') => {
  const band = doc.bands.find((b) => b.id === bandId);
  return band && [ids(doc).indexOf(band.firstStep), ids(doc).indexOf(band.lastStep)];
};

const cases: Record<string, Case<unknown>> = {
  setStepText: useCase(setStepText)({
    args: (d) => ({ stepId: d.steps[2].id, field: 'subtitle', value: 'Hjelp i hverdagen' }),
    check: (a) => expect(a.steps[2].subtitle).toBe('Hjelp i hverdagen'),
  }),
  setMetaText: useCase(setMetaText)({
    args: () => ({ field: 'municipality', value: 'Østre Toten' }),
    check: (a) => expect(a.meta.municipality).toBe('Østre Toten'),
  }),
  addStep: useCase(addStep)({
    args: () => ({ index: 6, step: createStep({ id: 'new', title: 'Langtidsopphold' }) }),
    check: (a) => {
      expect(ids(a)[6]).toBe('new');
      expect(a.pages.filter((p) => p.stepId === 'new')).toHaveLength(1);
    },
  }),
  removeStep: useCase(removeStep)({
    args: (d) => ({ stepId: d.steps[0].id }),
    check: (a, b) => expect(ids(a)).toEqual(ids(b).slice(1)),
  }),
  moveStep: useCase(moveStep)({
    args: (d) => ({ stepId: d.steps[5].id, toIndex: 0 }),
    check: (a, b) => expect(ids(a)).toEqual([ids(b)[5], ...ids(b).slice(0, 5)]),
  }),
  addBand: useCase(addBand)({
    args: (d) => ({ band: { id: 'band-b', label: 'Heldøgn', firstStep: d.steps[4].id, lastStep: d.steps[5].id } }),
    check: (a) => expect(bandSpan(a, 'band-b')).toEqual([4, 5]),
  }),
  removeBand: useCase(removeBand)({ args: () => ({ bandId: 'band-a' }), check: (a) => expect(a.bands).toEqual([]) }),
  setBandLabel: useCase(setBandLabel)({
    args: () => ({ bandId: 'band-a', label: 'Åpne tjenester' }),
    check: (a) => expect(a.bands[0].label).toBe('Åpne tjenester'),
  }),
  setBandRange: useCase(setBandRange)({
    args: (d) => ({ bandId: 'band-a', firstStep: d.steps[5].id, lastStep: d.steps[2].id }),
    check: (a) => expect(bandSpan(a)).toEqual([2, 5]),
  }),
  setLayout: useCase(setLayout)({
    args: () => ({ direction: 'left', stepGap: 0.3 }),
    check: (a, b) => expect(a.layout).toEqual({ ...b.layout, direction: 'left', stepGap: 0.3 }),
  }),
  setTheme: useCase(commands.setTheme)({
    args: () => ({ theme: { ...defaultTheme, name: 'Lyng', accent: '#7b2d8b' } }),
    check: (a) => expect(a.theme).toMatchObject({ name: 'Lyng', accent: '#7b2d8b' }),
  }),
  setPage: useCase(commands.setPage)({
    args: () => ({ size: 'A4', orientation: 'portrait' }),
    check: (a) => expect(a.page).toEqual({ size: 'A4', orientation: 'portrait' }),
  }),
  duplicateStep: useCase(commands.duplicateStep)({
    args: (d) => ({ stepId: d.steps[1].id }),
    check: (a, b) => {
      expect(a.steps).toHaveLength(b.steps.length + 1);
      expect(a.steps[2]).toMatchObject({ title: b.steps[1].title, subtitle: b.steps[1].subtitle });
      expect(a.steps[2].id).not.toBe(b.steps[1].id);
    },
  }),
  setAxisText: useCase(commands.setAxisText)({
    args: () => ({ field: 'end', value: 'Høy' }),
    check: (a) => expect(a.axis.end).toBe('Høy'),
  }),
};

describeCommandCases('commands', commands, cases, sampleDocument);

describe('band and page repair', () => {
  const runOn = (doc: TrappDocument, ...steps: ((editor: Editor) => void)[]) => {
    const editor = new Editor(doc);
    steps.forEach((step) => step(editor));
    return editor.document;
  };
  const doc = sampleDocument();
  const [, s1, s2, s3, , s5] = ids(doc);

  it('removing a band’s first or last step moves that end inward', () => {
    expect(bandSpan(runOn(doc, (e) => e.run(removeStep, { stepId: s1 })))).toEqual([1, 2]);
    const after = runOn(doc, (e) => e.run(removeStep, { stepId: s3 }));
    expect(after.bands[0]).toMatchObject({ firstStep: s1, lastStep: s2 });
  });

  it('removing all of a band’s steps removes the band, and undo brings it back', () => {
    const editor = new Editor(doc);
    for (const stepId of [s2, s1, s3]) editor.run(removeStep, { stepId });
    expect(editor.document.bands).toEqual([]);
    editor.undo();
    expect(editor.document.bands[0]).toMatchObject({ firstStep: s3, lastStep: s3 });
  });

  it('a step added inside a band’s range belongs to the band; one added just outside does not', () => {
    const inside = runOn(doc, (e) => e.run(addStep, { index: 2, step: createStep({ id: 'new' }) }));
    expect(bandSpan(inside)).toEqual([1, 4]);
    const before = runOn(doc, (e) => e.run(addStep, { index: 1, step: createStep({ id: 'new' }) }));
    expect(bandSpan(before)).toEqual([2, 4]);
    const after = runOn(doc, (e) => e.run(addStep, { index: 4, step: createStep({ id: 'new' }) }));
    expect(bandSpan(after)).toEqual([1, 3]);
  });

  it('step pages follow the steps: a new or duplicated step’s page goes between its neighbours’, a moved step’s page moves with it', () => {
    const stepPageOrder = (d: TrappDocument) =>
      d.pages.filter((p) => p.kind === 'step').map((p) => ids(d).indexOf(p.stepId!));
    const added = runOn(doc, (e) => e.run(addStep, { index: 2, step: createStep({ id: 'new' }) }));
    expect(stepPageOrder(added)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(added.pages[0].kind).toBe('overview');
    const moved = runOn(doc, (e) => e.run(moveStep, { stepId: s5, toIndex: 1 }));
    expect(stepPageOrder(moved)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(moved.pages.find((p) => p.kind === 'step' && p.stepId === s5)).toBe(moved.pages[2]);
    const duplicated = runOn(doc, (e) => e.run(commands.duplicateStep, { stepId: s1 }));
    expect(stepPageOrder(duplicated)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('moving a band’s end step elsewhere takes it out of the band', () => {
    expect(runOn(doc, (e) => e.run(moveStep, { stepId: s3, toIndex: 5 })).bands[0]).toMatchObject({
      firstStep: s1,
      lastStep: s2,
    });
    expect(runOn(doc, (e) => e.run(moveStep, { stepId: s1, toIndex: 0 })).bands[0]).toMatchObject({
      firstStep: s2,
      lastStep: s3,
    });
  });

  it('moving a step into the middle of a band puts it in the band', () => {
    const moved = runOn(doc, (e) => e.run(moveStep, { stepId: s5, toIndex: 2 }));
    expect(ids(moved)[2]).toBe(s5);
    expect(bandSpan(moved)).toEqual([1, 4]);
  });

  it('moving the only step of a one-step band keeps the band on that step', () => {
    const single = { ...doc, bands: [{ id: 'band-a', label: 'Heldøgn', firstStep: s2, lastStep: s2 }] };
    const moved = runOn(single, (e) => e.run(moveStep, { stepId: s2, toIndex: 5 }));
    expect(moved.bands).toEqual([{ id: 'band-a', label: 'Heldøgn', firstStep: s2, lastStep: s2 }]);
  });

  it('a step’s page goes with the step', () => {
    const after = runOn(doc, (e) => e.run(removeStep, { stepId: s2 }));
    expect(after.pages.map((p) => p.stepId)).toEqual(doc.pages.map((p) => p.stepId).filter((id) => id !== s2));
  });

  it('a document without step pages gets no page for a new step', () => {
    const plain = createBlankDocument({ steps: 3, language: 'nb' });
    expect(runOn(plain, (e) => e.run(addStep, { index: 0 })).pages).toEqual(plain.pages);
  });
});

describe('Editor history', () => {
  const doc = sampleDocument();
  const stepId = doc.steps[0].id;
  const type = (editor: Editor, value: string, gesture: GestureKey = 'step:title') =>
    editor.run(setStepText, { stepId, field: 'title', value }, { gesture });
  const title = (editor: Editor) => editor.document.steps[0].title;

  it('a gesture is one undo step', () => {
    const editor = new Editor(doc);
    ['H', 'He', 'Hei'].forEach((v) => type(editor, v));
    expect(editor.getHistory()).toHaveLength(1);
    editor.undo();
    expect(editor.document).toEqual(doc);
    editor.redo();
    expect(title(editor)).toBe('Hei');
  });

  it('endGesture and another gesture key start new undo steps', () => {
    const editor = new Editor(doc);
    type(editor, 'A');
    type(editor, 'AB');
    editor.endGesture();
    type(editor, 'ABC');
    type(editor, 'ABCD', 'step:subtitle');
    expect(editor.getHistory()).toHaveLength(3);
    editor.undo();
    expect(title(editor)).toBe('ABC');
    editor.undo();
    expect(title(editor)).toBe('AB');
    editor.undo();
    expect(editor.document).toEqual(doc);
    expect(editor.canUndo()).toBe(false);
  });

  it("history 'skip' changes the document without an undo step", () => {
    const editor = new Editor(doc);
    editor.run(setLayout, { stepGap: 0.5 }, { history: 'skip' });
    expect(editor.document.layout.stepGap).toBe(0.5);
    expect(editor.canUndo()).toBe(false);
  });

  it('a skipped live preview is undone together with the command that records it', () => {
    const editor = new Editor(doc);
    editor.run(setLayout, { stepWidth: 0.5 }, { history: 'skip' });
    editor.run(setLayout, { stepWidth: 0.6 }, { history: 'skip' });
    editor.run(setLayout, { stepWidth: 0.7 });
    editor.undo();
    expect(editor.document).toEqual(doc);
    editor.redo();
    expect(editor.document.layout.stepWidth).toBe(0.7);
  });

  it('a new command clears the redo stack; a command that changes nothing is not recorded', () => {
    const editor = new Editor(doc);
    type(editor, 'A');
    editor.undo();
    expect(editor.canRedo()).toBe(true);
    editor.run(setMetaText, { field: 'title', value: 'Ny' });
    expect(editor.canRedo()).toBe(false);
    expect(editor.redo()).toBe(false);
    editor.run(setBandLabel, { bandId: 'no-such-band', label: 'x' });
    editor.run(setMetaText, { field: 'title', value: 'Ny' });
    expect(editor.getHistory()).toHaveLength(1);
  });

  it('replace opens another document with empty history', () => {
    const editor = new Editor(doc);
    type(editor, 'A');
    editor.undo();
    const other = createBlankDocument({ steps: 2, language: 'nn' });
    editor.replace(other);
    expect(editor.document).toBe(other);
    expect([editor.canUndo(), editor.canRedo(), editor.undo(), editor.redo()]).toEqual([false, false, false, false]);
  });

  it('subscribers hear every change until they unsubscribe', () => {
    const editor = new Editor(doc);
    let calls = 0;
    const unsubscribe = editor.subscribe(() => calls++);
    type(editor, 'A');
    editor.undo();
    editor.redo();
    editor.replace(doc);
    editor.run(setBandLabel, { bandId: 'no-such-band', label: 'x' });
    expect(calls).toBe(4);
    unsubscribe();
    type(editor, 'B');
    expect(calls).toBe(4);
  });
});
