import { describe, expect, it } from 'vitest';
import * as chartCommands from './chartCommands';
import { Editor } from './editor';
import type { Chart, TrappDocument } from './types';
import { createFigureDocument, createMasteryDocument } from '../../tests/unit/fixtures/issue3Documents';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';

const {
  addChart,
  removeChart,
  setMasteryValue,
  setMasteryCompare,
  removeMasteryValue,
  setChartText,
  setChartOption,
  addChartBar,
  removeChartBar,
  setChartBarLabel,
  setChartBarRange,
  setFigure,
  removeFigure,
} = chartCommands;

const M = 'chart-mastery';
const mastery = (doc: TrappDocument) =>
  doc.charts.find((c): c is Extract<Chart, { kind: 'mastery' }> => c.kind === 'mastery')!;
const stepId = (doc: TrappDocument, i: number) => doc.steps[i].id;

/** Five steps with a mastery chart, plus a figure chart and one figure on step 2. */
function sampleDocument(): TrappDocument {
  const doc = createMasteryDocument(5);
  const figures = createFigureDocument().charts;
  doc.steps[1] = {
    ...doc.steps[1],
    figures: [{ id: 'fig-a', kind: 'recipients', value: 120, unit: '', series: '2024' }],
  };
  return { ...doc, charts: [...doc.charts, ...figures] };
}

const cases: Record<string, Case<unknown>> = {
  addChart: useCase(addChart)({
    args: () => ({
      chart: { id: 'chart-users', kind: 'figureBars', title: 'Mottakere', figure: 'recipients', series: '2024' },
    }),
    check: (a) => expect(a.charts.map((c) => c.id)).toEqual([M, 'chart-cost', 'chart-users']),
  }),
  removeChart: useCase(removeChart)({
    args: () => ({ chartId: 'chart-cost' }),
    check: (a) => expect(a.charts.map((c) => c.id)).toEqual([M]),
  }),
  setMasteryValue: useCase(setMasteryValue)({
    args: (d) => ({ chartId: M, stepId: stepId(d, 2), curve: 140 }),
    check: (a, b) =>
      expect(mastery(a).values[stepId(a, 2)]).toEqual({ column: mastery(b).values[stepId(b, 2)].column, curve: 100 }),
  }),
  setMasteryCompare: useCase(setMasteryCompare)({
    args: () => ({ chartId: M, label: 'Mål 2040' }),
    check: (a, b) => expect(mastery(a).compare).toEqual({ label: 'Mål 2040', values: mastery(b).values }),
  }),
  removeMasteryValue: useCase(removeMasteryValue)({
    args: (d) => ({ chartId: M, stepId: stepId(d, 4) }),
    check: (a) => expect(Object.keys(mastery(a).values)).toHaveLength(4),
  }),
  setChartText: useCase(setChartText)({
    args: () => ({ chartId: M, field: 'arrowLabel', value: 'Økende ressursbehov' }),
    check: (a) => expect(mastery(a).arrowLabel).toBe('Økende ressursbehov'),
  }),
  setChartOption: useCase(setChartOption)({
    args: () => ({ chartId: M, showValues: true, curve: 'straight', curveColour: '#b22222', columnColour: 'blue' }),
    check: (a) => {
      expect(mastery(a)).toMatchObject({ showValues: true, curve: 'straight', curveColour: '#b22222' });
      expect(mastery(a).columnColour).toBeUndefined();
    },
  }),
  addChartBar: useCase(addChartBar)({
    args: () => ({ chartId: M }),
    check: (a) =>
      expect(mastery(a).bars[2]).toMatchObject({ label: '', firstStep: stepId(a, 0), lastStep: stepId(a, 4) }),
  }),
  removeChartBar: useCase(removeChartBar)({
    args: () => ({ chartId: M, barId: 'bar-1' }),
    check: (a) => expect(mastery(a).bars.map((b) => b.id)).toEqual(['bar-2']),
  }),
  setChartBarLabel: useCase(setChartBarLabel)({
    args: () => ({ chartId: M, barId: 'bar-2', label: 'Velferdsteknologi' }),
    check: (a) => expect(mastery(a).bars[1].label).toBe('Velferdsteknologi'),
  }),
  setChartBarRange: useCase(setChartBarRange)({
    args: (d) => ({ chartId: M, barId: 'bar-1', firstStep: stepId(d, 3), lastStep: stepId(d, 1) }),
    check: (a) => expect(mastery(a).bars[0]).toMatchObject({ firstStep: stepId(a, 1), lastStep: stepId(a, 3) }),
  }),
  setFigure: useCase(setFigure)({
    args: (d) => ({ stepId: stepId(d, 1), figure: { kind: 'recipients', series: '2024', value: null } }),
    check: (a) =>
      expect(a.steps[1].figures).toEqual([{ id: 'fig-a', kind: 'recipients', value: null, unit: '', series: '2024' }]),
  }),
  removeFigure: useCase(removeFigure)({
    args: (d) => ({ stepId: stepId(d, 1), figureId: 'fig-a' }),
    check: (a) => expect(a.steps[1].figures).toEqual([]),
  }),
};

describeCommandCases('chart commands', chartCommands, cases, sampleDocument);

describe('chart values', () => {
  it('dragging a curve point is one undo step', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    const id = stepId(doc, 2);
    for (const curve of [52, 57, 61, 64])
      editor.run(setMasteryValue, { chartId: M, stepId: id, curve }, { gesture: `drag:${M}:${id}` });
    editor.endGesture();
    expect(mastery(editor.document).values[id].curve).toBe(64);
    expect(editor.getHistory()).toHaveLength(1);
    editor.undo();
    expect(editor.document).toEqual(doc);
  });

  it('gives a step without values both, the one not set at 0', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    editor.run(removeMasteryValue, { chartId: M, stepId: stepId(doc, 0) });
    editor.run(setMasteryValue, { chartId: M, stepId: stepId(doc, 0), column: 80 });
    expect(mastery(editor.document).values[stepId(doc, 0)]).toEqual({ column: 80, curve: 0 });
  });

  it('adds a figure the step lacks, keeping a custom figure apart by its label, and refuses NaN', () => {
    const editor = new Editor(sampleDocument());
    const id = stepId(editor.document, 0);
    editor.run(setFigure, {
      stepId: id,
      figure: { kind: 'totalCost', series: '2021', value: -63778, unit: '1000 kr' },
    });
    editor.run(setFigure, { stepId: id, figure: { kind: 'custom', label: 'Brukarar', series: '2021', value: 12 } });
    editor.run(setFigure, { stepId: id, figure: { kind: 'custom', label: 'Tilsette', series: '2021', value: 3 } });
    editor.run(setFigure, { stepId: id, figure: { kind: 'custom', label: 'Brukarar', series: '2021', value: 14 } });
    editor.run(setFigure, { stepId: id, figure: { kind: 'totalCost', series: '2021', value: Number.NaN } });
    const figures = editor.document.steps[0].figures.map((f) => [f.kind, f.label, f.value]);
    expect(figures).toEqual([
      ['totalCost', undefined, -63778],
      ['custom', 'Brukarar', 14],
      ['custom', 'Tilsette', 3],
    ]);
    expect(editor.getHistory()).toHaveLength(4);
  });

  it('writes into a custom figure without a label from a file, as the data table shows it (the same column as an empty label)', () => {
    const doc = sampleDocument();
    doc.steps[0].figures = [{ id: 'f1', kind: 'custom', series: '2021', value: 1, unit: '' }];
    const editor = new Editor(doc);
    editor.run(setFigure, { stepId: stepId(doc, 0), figure: { kind: 'custom', label: '', series: '2021', value: 5 } });
    expect(editor.document.steps[0].figures.map((f) => [f.id, f.value])).toEqual([['f1', 5]]);
  });
});

describe('a figure chart compares two series', () => {
  const chart = (doc: TrappDocument) =>
    doc.charts.find((c): c is Extract<Chart, { kind: 'figureBars' }> => c.kind === 'figureBars')!;
  it('sets a second series, ignores the chart’s own series and takes it away with null, each one undo step', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    editor.run(setChartOption, { chartId: 'chart-cost', compareSeries: 'Mål 2040' });
    expect(chart(editor.document).compareSeries).toBe('Mål 2040');
    editor.run(setChartOption, { chartId: 'chart-cost', compareSeries: chart(doc).series });
    expect(chart(editor.document).compareSeries).toBeUndefined();
    editor.undo();
    expect(chart(editor.document).compareSeries).toBe('Mål 2040');
    editor.run(setChartOption, { chartId: 'chart-cost', compareSeries: null });
    expect('compareSeries' in chart(editor.document)).toBe(false);
    editor.undo();
    editor.undo();
    expect(editor.document).toEqual(doc);
  });
});

describe('a mastery chart compared with another year', () => {
  it('sets the compared values apart from the present ones, renames and takes the comparison away, each one undo step', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    const id = stepId(doc, 1);
    editor.run(setMasteryCompare, { chartId: M, label: '2040' });
    editor.run(setMasteryValue, { chartId: M, stepId: id, column: 95, compare: true });
    expect(mastery(editor.document).compare!.values[id].column).toBe(95);
    expect(mastery(editor.document).values[id]).toEqual(mastery(doc).values[id]);
    editor.run(setMasteryCompare, { chartId: M, label: 'Mål 2040' });
    expect(mastery(editor.document).compare).toMatchObject({ label: 'Mål 2040' });
    editor.run(setMasteryCompare, { chartId: M, label: null });
    expect(mastery(editor.document).compare).toBeUndefined();
    expect(editor.getHistory()).toHaveLength(4);
    for (let i = 0; i < 4; i++) editor.undo();
    expect(editor.document).toEqual(doc);
  });

  it('writes nothing to a comparison that does not exist', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    editor.run(setMasteryValue, { chartId: M, stepId: stepId(doc, 1), column: 95, compare: true });
    expect(editor.document).toEqual(doc);
  });
});
