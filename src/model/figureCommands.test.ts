import { describe, expect, it } from 'vitest';
import * as figureCommands from './figureCommands';
import { Editor } from './editor';
import { getSeries } from './figureTable';
import type { TrappDocument } from './types';
import { createFigureDocument } from '../../tests/unit/fixtures/issue3Documents';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';

const { importFigures, addFigureColumn, addFigureSeries, renameFigureSeries, setStepChange, setShowChange } =
  figureCommands;

/** Alver's 13 steps with total cost 2021 (step 9 without a figure), a cost chart and a figure box for step 6. */
function sampleDocument(): TrappDocument {
  const doc = createFigureDocument();
  const page = {
    ...doc.pages[0],
    elements: [
      {
        id: 'box',
        kind: 'figure' as const,
        x: 0,
        y: 0,
        w: 80,
        h: 40,
        stepId: doc.steps[5].id,
        figure: 'totalCost' as const,
        series: '2021',
      },
    ],
  };
  return { ...doc, pages: [page, ...doc.pages.slice(1)] };
}
const id = (doc: TrappDocument, i: number) => doc.steps[i].id;

const cases: Record<string, Case<unknown>> = {
  importFigures: useCase(importFigures)({
    args: (d) => ({
      figures: [
        { stepId: id(d, 0), kind: 'totalCost', series: '2021', unit: '1000 kr', value: -60000 },
        { stepId: id(d, 8), kind: 'totalCost', series: 'Mål 2040', unit: '1000 kr', value: 1200 },
        { stepId: id(d, 8), kind: 'fte', series: 'Mål 2040', unit: '', value: null },
      ],
    }),
    check: (a, b) => {
      expect(a.steps[0].figures.map((f) => f.value)).toEqual([-60000]);
      expect(a.steps[8].figures.map((f) => [f.kind, f.series, f.value])).toEqual([
        ['totalCost', 'Mål 2040', 1200],
        ['fte', 'Mål 2040', null],
      ]);
      expect(a.steps.slice(1, 8)).toEqual(b.steps.slice(1, 8));
    },
  }),
  addFigureColumn: useCase(addFigureColumn)({
    args: () => ({ column: { kind: 'recipients', unit: '' }, series: ['2021'] }),
    check: (a) =>
      expect(
        a.steps.every((s) => s.figures.some((f) => f.kind === 'recipients' && f.series === '2021' && f.value === null)),
      ).toBe(true),
  }),
  addFigureSeries: useCase(addFigureSeries)({
    args: () => ({ series: 'Mål 2040', columns: [{ kind: 'totalCost', unit: '1000 kr' }] }),
    check: (a, b) => {
      expect(getSeries(a)).toEqual(['2021', 'Mål 2040']);
      expect(a.steps.map((s) => s.figures.length)).toEqual(b.steps.map((s) => s.figures.length + 1));
    },
  }),
  renameFigureSeries: useCase(renameFigureSeries)({
    args: () => ({ from: '2021', to: 'Rekneskap 2021' }),
    check: (a) => {
      expect(getSeries(a)).toEqual(['Rekneskap 2021']);
      expect(a.charts[0]).toMatchObject({ series: 'Rekneskap 2021' });
      expect(a.pages[0].elements[0]).toMatchObject({ series: 'Rekneskap 2021' });
    },
  }),
  setStepChange: useCase(setStepChange)({
    args: (d) => ({ stepId: id(d, 3), change: 'strengthen' }),
    check: (a) => expect(a.steps.map((s) => s.change ?? '')).toEqual(['', '', '', 'strengthen', ...Array(9).fill('')]),
  }),
  setShowChange: useCase(setShowChange)({
    args: () => ({ showChange: { figure: 'totalCost', from: '2021', to: 'Mål 2040' } }),
    check: (a) => expect(a.layout.showChange).toEqual({ figure: 'totalCost', from: '2021', to: 'Mål 2040' }),
  }),
};

describeCommandCases('figure commands', figureCommands, cases, sampleDocument);

describe('figure commands', () => {
  it('adding a column or series keeps the values already typed', () => {
    const editor = new Editor(sampleDocument());
    editor.run(addFigureColumn, { column: { kind: 'totalCost', unit: '1000 kr' }, series: ['2021'] });
    expect(editor.document.steps[5].figures).toHaveLength(1);
    expect(editor.document.steps[8].figures).toEqual([expect.objectContaining({ kind: 'totalCost', value: null })]);
    expect(editor.document.steps[5].figures[0].value).toBe(182718);
  });

  it('renaming a series follows it into the compared series and the change on the staircase', () => {
    const editor = new Editor(sampleDocument());
    editor.run(setShowChange, { showChange: { figure: 'totalCost', from: '2021', to: 'Mål 2040' } });
    editor.run(renameFigureSeries, { from: 'Mål 2040', to: 'Perspektiv 2040' });
    expect(editor.document.layout.showChange).toEqual({ figure: 'totalCost', from: '2021', to: 'Perspektiv 2040' });
  });

  it('taking a marker or the change away leaves no empty field behind', () => {
    const doc = sampleDocument();
    const editor = new Editor(doc);
    editor.run(setStepChange, { stepId: id(doc, 0), change: 'develop' });
    editor.run(setStepChange, { stepId: id(doc, 0), change: null });
    editor.run(setShowChange, { showChange: { figure: 'totalCost', from: '2021', to: '2040' } });
    editor.run(setShowChange, { showChange: null });
    expect(editor.document).toEqual(doc);
  });
});
