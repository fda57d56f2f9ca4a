import { describe, expect, it } from 'vitest';
import { createFigureDocument } from '../../tests/unit/fixtures/issue3Documents';
import { getChangePercent, getFigureCell, getFigureColumns, getFigureTotal, getSeries } from './figureTable';
import type { TrappDocument } from './types';

/** Alver's costs for 2021 with recipients on two steps, and a typed share on step 1. */
function sampleDocument(): TrappDocument {
  const doc = createFigureDocument();
  const steps = doc.steps.map((s, i) =>
    i === 1
      ? {
          ...s,
          figures: [...s.figures, { id: 'r2', kind: 'recipients' as const, value: 20, unit: '', series: '2021' }],
        }
      : i === 5
        ? {
            ...s,
            figures: [
              ...s.figures,
              { id: 'r6', kind: 'recipients' as const, value: 0, unit: '', series: '2021' },
              { id: 'o6', kind: 'custom' as const, label: 'Ventetid', value: 3, unit: 'veker', series: 'Mål 2040' },
            ],
          }
        : s,
  );
  return { ...doc, steps };
}

describe('the figures as a table', () => {
  const doc = sampleDocument();
  it('lists the series in the order first met and the columns the document has, derived ones after their inputs', () => {
    expect(getSeries(doc)).toEqual(['2021', 'Mål 2040']);
    expect(getFigureColumns(doc)).toEqual([
      { kind: 'recipients', unit: '', derived: false },
      { kind: 'totalCost', unit: '1000 kr', derived: false },
      { kind: 'costShare', unit: '%', derived: true },
      { kind: 'costPerUser', unit: '1000 kr', derived: true },
      { kind: 'custom', label: 'Ventetid', unit: 'veker', derived: false },
    ]);
  });

  it('computes a step’s share of the series’ total cost, in per cent', () => {
    // Known 2021 costs: all but step 9 (no figure) and step 10 (null).
    const total = [-63778, 23190, 32382, 33556, 10744, 182718, 22374, -5652, 52965, 98867, 19326].reduce(
      (a, b) => a + b,
      0,
    );
    const share = getFigureCell(doc, doc.steps[5].id, { kind: 'costShare' }, '2021');
    expect(share.derived).toBe(true);
    expect(share.value).toBeCloseTo((182718 / total) * 100, 9);
    expect(getFigureCell(doc, doc.steps[9].id, { kind: 'costShare' }, '2021')).toEqual({ value: null, derived: false });
  });

  it('computes cost per user where both exist and there are users, and never from zero users', () => {
    expect(getFigureCell(doc, doc.steps[1].id, { kind: 'costPerUser' }, '2021')).toEqual({
      value: 23190 / 20,
      derived: true,
    });
    expect(getFigureCell(doc, doc.steps[5].id, { kind: 'costPerUser' }, '2021').value).toBeNull();
    expect(getFigureCell(doc, doc.steps[2].id, { kind: 'costPerUser' }, '2021').value).toBeNull();
  });

  it('a typed value wins over a derived one, and custom figures are told apart by label', () => {
    const typed = {
      ...doc,
      steps: doc.steps.map((s, i) =>
        i === 1
          ? {
              ...s,
              figures: [
                ...s.figures,
                { id: 'c', kind: 'costPerUser' as const, value: 1160, unit: '1000 kr', series: '2021' },
              ],
            }
          : s,
      ),
    };
    expect(getFigureCell(typed, typed.steps[1].id, { kind: 'costPerUser' }, '2021')).toEqual({
      value: 1160,
      derived: false,
    });
    expect(getFigureColumns(typed).find((c) => c.kind === 'costPerUser')?.derived).toBe(false);
    expect(getFigureCell(doc, doc.steps[5].id, { kind: 'custom', label: 'Ventetid' }, 'Mål 2040').value).toBe(3);
    expect(getFigureCell(doc, doc.steps[5].id, { kind: 'custom', label: 'Anna' }, 'Mål 2040').value).toBeNull();
  });

  it('sums the figures that add up over the steps, counting the steps whose value is missing', () => {
    const known = [-63778, 23190, 32382, 33556, 10744, 182718, 22374, -5652, 52965, 98867, 19326];
    expect(getFigureTotal(doc, { kind: 'totalCost' }, '2021')).toEqual({
      value: known.reduce((a, b) => a + b, 0),
      missing: 2,
    });
    expect(getFigureTotal(doc, { kind: 'recipients' }, '2021')).toEqual({ value: 20, missing: 11 });
    expect(getFigureTotal(doc, { kind: 'totalCost' }, 'Mål 2040')).toBeNull();
    expect(getFigureTotal(doc, { kind: 'costShare' }, '2021')).toBeNull();
    expect(getFigureTotal(doc, { kind: 'costPerUser' }, '2021')).toBeNull();
    expect(getFigureTotal(doc, { kind: 'custom', label: 'Ventetid' }, 'Mål 2040')).toBeNull();
  });

  it('the change between two series is relative to the first, signed by direction, and absent without a base', () => {
    expect(getChangePercent(100, 112)).toBeCloseTo(12, 9);
    expect(getChangePercent(98867, 84000)).toBeCloseTo(-15.04, 2);
    expect(getChangePercent(-63778, -70000)).toBeCloseTo(-9.76, 2);
    expect(getChangePercent(0, 5)).toBeNull();
    expect(getChangePercent(null, 5)).toBeNull();
    expect(getChangePercent(5, null)).toBeNull();
  });
});
