import { sceneExtras } from '@/scene/sceneExtras';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/model/load';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { inside, lineBoxes, overlaps } from '../../tests/unit/fixtures/boxes';
import { createMasteryDocument } from '../../tests/unit/fixtures/issue3Documents';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();

describe.each([1, 3, 5, 13])('a mastery chart of %i steps', (steps) => {
  const doc = createMasteryDocument(steps, { showValues: true });
  const chart = doc.charts[0].kind === 'mastery' ? doc.charts[0] : undefined!;
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const mastery = layout.mastery!;
  const baseline = mastery.plot.y + mastery.plot.h;

  it('draws in the staircase’s place: no step blocks, no bands, no page axis, one label per step', () => {
    expect(mastery).toBeDefined();
    expect(layout.axis).toBeUndefined();
    expect(layout.steps.map((s) => s.stepId)).toEqual(doc.steps.map((s) => s.id));
    for (const step of layout.steps) expect(step.y).toBeGreaterThan(baseline);
  });

  it('scales each column to its value, standing on the baseline', () => {
    expect(mastery.columns).toHaveLength(steps);
    for (const column of mastery.columns) {
      expect(column.box.h / mastery.plot.h).toBeCloseTo(chart.values[column.stepId].column / 100, 9);
      expect(column.box.y + column.box.h).toBeCloseTo(baseline, 9);
    }
    layout.stepColumns.forEach((slot, i) => {
      const column = mastery.columns[i];
      expect(column.box.x).toBeGreaterThanOrEqual(slot.x);
      expect(column.box.x + column.box.w).toBeLessThanOrEqual(slot.x + slot.w);
    });
  });

  it('runs the curve through every point, at the column centres, from the first point to the last', () => {
    const { points, path } = mastery.curve;
    expect(points.map((p) => p.stepId)).toEqual(doc.steps.map((s) => s.id));
    points.forEach((p, i) => {
      const column = mastery.columns[i].box;
      expect(p.x).toBeCloseTo(column.x + column.w / 2, 9);
      expect((baseline - p.y) / mastery.plot.h).toBeCloseTo(chart.values[p.stepId].curve / 100, 9);
    });
    expect(path[0]).toMatchObject({ op: 'M', x: points[0].x, y: points[0].y });
    if (points.length > 1) {
      // A monotone cubic passes through every point: each is the end of one curve.
      const ends = path.slice(1).map((s) => (s.op === 'C' ? [s.x, s.y] : [NaN, NaN]));
      expect(ends).toHaveLength(points.length - 1);
      ends.forEach(([x, y], i) => {
        expect(x).toBeCloseTo(points[i + 1].x, 1);
        expect(y).toBeCloseTo(points[i + 1].y, 1);
      });
    }
  });

  it('prints the values, spans the bars over their steps, and keeps every text on the page and out of the others’ way', () => {
    expect(mastery.columns.every((c) => c.valueText?.lines[0].text === String(chart.values[c.stepId].column))).toBe(
      true,
    );
    expect(mastery.curve.valueTexts.map((v) => v.text.lines[0].text)).toEqual(
      mastery.curve.points.map((p) => String(p.value)),
    );
    const [first, second] = mastery.bars;
    const columnOf = (stepId: string) => mastery.columns.find((c) => c.stepId === stepId)!.box;
    expect(first.box.x).toBeCloseTo(
      Math.min(columnOf(chart.bars[0].firstStep).x, columnOf(chart.bars[0].lastStep).x),
      6,
    );
    expect(second.box.x + second.box.w).toBeCloseTo(
      Math.max(...[chart.bars[1].firstStep, chart.bars[1].lastStep].map((id) => columnOf(id).x + columnOf(id).w)),
      6,
    );
    expect(overlaps(first.box, second.box)).toBe(false);
    const page = { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const block of [
      mastery.arrow.label,
      ...mastery.bars.map((b) => b.label),
      ...layout.steps.flatMap((s) => [s.numberText, s.title, s.subtitle]),
    ])
      for (const line of lineBoxes(measurer, block)) expect(inside(line, page)).toBe(true);
    for (const bar of mastery.bars)
      for (const line of lineBoxes(measurer, bar.label)) expect(inside(line, bar.box)).toBe(true);
    expect(mastery.arrow.box.y).toBeGreaterThan(Math.max(...mastery.bars.map((b) => b.box.y + b.box.h)));
    expect(layout.overflows).toEqual([]);
  });
});

describe('mastery chart options', () => {
  it('draws straight segments when asked, and hides the numbers when values are qualitative', () => {
    const layout = layoutOverview(createMasteryDocument(5, { curve: 'straight' }), measurer, sceneExtras);
    expect(layout.mastery!.curve.path.map((s) => s.op)).toEqual(['M', 'L', 'L', 'L', 'L']);
    expect(layout.mastery!.columns.every((c) => c.valueText === undefined)).toBe(true);
    expect(layout.mastery!.curve.valueTexts).toEqual([]);
  });

  it('leaves out the column and point of a step without values', () => {
    const doc = createMasteryDocument(5);
    const chart = doc.charts[0];
    if (chart.kind !== 'mastery') throw new Error('expected a mastery chart');
    delete chart.values[doc.steps[2].id];
    const layout = layoutOverview(doc, measurer, sceneExtras);
    expect(layout.mastery!.columns.map((c) => c.stepId)).not.toContain(doc.steps[2].id);
    expect(layout.mastery!.curve.points).toHaveLength(4);
    expect(layout.steps).toHaveLength(5);
  });

  it('lays out Gausdal’s template without cutting any text', () => {
    const loaded = loadDocument(readFileSync(new URL('../../templates/gausdal.trapp.json', import.meta.url), 'utf8'));
    if (!loaded.ok) return; // The template is written elsewhere; its own test reports its problems.
    const layout = layoutOverview(loaded.document, measurer, sceneExtras);
    expect(layout.mastery?.columns.length).toBe(loaded.document.steps.length);
    expect(layout.overflows).toEqual([]);
  });
});
