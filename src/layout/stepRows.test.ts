import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import type { LayoutOptions, TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { bottom, inside, overlaps, right } from '../../tests/unit/fixtures/boxes';
import { withStepChanges } from '../../tests/unit/fixtures/stepChanges';
import { layoutOverview } from './overview';
import { getRowCount } from './stepRows';

const measurer = getNodeMeasurer();
const templates = loadTemplates();
const withLayout = (id: string, layout: Partial<LayoutOptions>, page?: TrappDocument['page']): TrappDocument => {
  const doc = templates.find((t) => t.id === id)!.document;
  return { ...doc, page: page ?? doc.page, layout: { ...doc.layout, ...layout } };
};
const equal = { stepHeights: 'equal' } as const;
/** The steps grouped by the row they stand in, bottom row first. */
const squash = (block: { lines: { text: string }[] }) =>
  block.lines
    .map((l) => l.text)
    .join('')
    .replace(/\s+/g, '');
const rowsOf = <T extends { y: number }>(steps: T[]) =>
  [...new Set(steps.map((s) => s.y))].sort((a, b) => b - a).map((y) => steps.filter((s) => s.y === y));

describe('steps side by side at equal height', () => {
  const layout = layoutOverview(withLayout('lillesand', equal), measurer, sceneExtras);

  it('stand in two rows of six on A3 landscape, step 1 at the left of the bottom row, each its own column', () => {
    expect(rowsOf(layout.steps).map((row) => row.length)).toEqual([6, 6]);
    expect(rowsOf(layout.steps)[0][0]).toBe(layout.steps[0]);
    for (const row of rowsOf(layout.steps))
      row.slice(1).forEach((step, i) => expect(step.x).toBeGreaterThanOrEqual(right(row[i])));
    expect(layout.stepColumns.map((c) => [c.x, c.w])).toEqual(layout.steps.map((s) => [s.x, s.w]));
  });

  it('fill the page from under the header to the arrow, with no empty band above them', () => {
    const highest = Math.min(...layout.bands.map((b) => b.strip.y), ...layout.steps.map((s) => s.y));
    expect(highest - bottom(layout.header.box)).toBeLessThan(30);
    expect(layout.axis!.from.y - Math.max(...layout.steps.map(bottom))).toBeLessThan(30);
  });

  it.each([
    ['A4', 'portrait', [4, 4, 4]],
    ['A3', 'portrait', [4, 4, 4]],
    ['A4', 'landscape', [6, 6]],
  ] as const)('stand in rows that suit %s %s', (size, orientation, rows) => {
    const doc = withLayout('lillesand', equal, { size, orientation });
    expect(rowsOf(layoutOverview(doc, measurer, sceneExtras).steps).map((row) => row.length)).toEqual(rows);
  });

  it('rise to the left when the staircase does: step 1 at the right of the bottom row', () => {
    const left = layoutOverview(withLayout('lillesand', { ...equal, direction: 'left' }), measurer, sceneExtras);
    const [bottomRow] = rowsOf(left.steps);
    expect(bottomRow[0]).toBe(left.steps[0]);
    bottomRow.slice(1).forEach((step, i) => expect(right(step)).toBeLessThanOrEqual(bottomRow[i].x));
  });

  it('stand in one row, filling their share of the page, where a track and a chart line up under them', () => {
    const alver = layoutOverview(withLayout('alver', equal), measurer, sceneExtras);
    expect(rowsOf(alver.steps)).toHaveLength(1);
    const tracksTop = Math.min(...alver.figureBars.map((c) => c.box.y), ...alver.tracks.map((t) => t.box.y));
    expect(tracksTop - bottom(alver.steps[0])).toBeLessThan(30);
    expect(alver.steps[0].y - bottom(alver.header.box)).toBeLessThan(80);
  });

  it('label each band above its steps in every row it reaches, its strip behind them', () => {
    const band = layout.bands.find((b) => b.continued)!;
    expect(band, 'a band running on into the next row').toBeDefined();
    for (const band of layout.bands) {
      for (const { strip, label } of [band, ...(band.continued ?? [])]) {
        const covered = layout.steps.filter((s) => inside(s, strip));
        expect(covered.length).toBeGreaterThan(0);
        expect(bottom(label.box)).toBeLessThanOrEqual(Math.min(...covered.map((s) => s.y)));
        expect(inside(label.box, strip)).toBe(true);
        expect(squash(label)).toBe(squash(band.label));
        for (const step of layout.steps) expect(overlaps(label.box, step)).toBe(false);
      }
    }
  });

  it('put a callout above its step, clear of every step and band label', () => {
    const ostreToten = layoutOverview(withLayout('ostre-toten', equal), measurer, sceneExtras);
    expect(ostreToten.callouts).toHaveLength(1);
    const { box } = ostreToten.callouts[0];
    for (const step of ostreToten.steps) expect(overlaps(box, step)).toBe(false);
    expect(box.y).toBeGreaterThan(bottom(ostreToten.header.box));
  });

  it('mark each planned step and its change under the step, the legend in a line under the rows', () => {
    const marked = layoutOverview(withStepChanges(withLayout('lillesand', equal)), measurer, sceneExtras);
    const { marks, legend } = marked.stepChanges!;
    expect(marks).toHaveLength(marked.steps.length);
    for (const mark of marks) {
      const step = marked.steps.find((s) => s.stepId === mark.stepId)!;
      expect(mark.box.y).toBeGreaterThanOrEqual(bottom(step));
      expect(mark.box.x).toBeGreaterThanOrEqual(step.x);
      expect(right(mark.box)).toBeLessThanOrEqual(right(step));
      for (const other of [
        ...marked.steps,
        ...marked.bands.flatMap((b) => [b.label.box, ...(b.continued ?? []).map((c) => c.label.box)]),
      ])
        expect(overlaps(mark.box, other)).toBe(false);
    }
    expect(legend!.box.y).toBeGreaterThan(Math.max(...marks.map((m) => bottom(m.box))));
    expect(bottom(legend!.box)).toBeLessThanOrEqual(marked.axis!.from.y);
    expect(legend!.entries).toHaveLength(4);
    expect(marked.overflows).toEqual([]);
  });
});

describe('the number of rows', () => {
  it('is the one that makes the steps about 1.4 times as tall as wide', () => {
    expect(getRowCount(12, 1120, 600, 0, 4, 12)).toBe(2);
    expect(getRowCount(12, 770, 940, 0, 4, 12)).toBe(3);
    expect(getRowCount(4, 1120, 600, 0, 4, 12)).toBe(1);
  });

  it('takes no more rows than it needs for as many steps in a row, and one where rows would have no height', () => {
    // Five steps in three rows and in four both have two in a row: three, though four come nearer the proportion.
    expect(getRowCount(5, 100, 10000, 0, 4, 12)).toBe(3);
    expect(getRowCount(12, 1120, 30, 40, 4, 12)).toBe(1);
  });
});
