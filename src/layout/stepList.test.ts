import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import type { LayoutOptions, TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { bottom, right } from '../../tests/unit/fixtures/boxes';
import { withStepChanges } from '../../tests/unit/fixtures/stepChanges';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();
const templates = loadTemplates();
const withLayout = (id: string, layout: Partial<LayoutOptions>): TrappDocument => {
  const doc = templates.find((t) => t.id === id)!.document;
  return { ...doc, layout: { ...doc.layout, ...layout } };
};

describe('the list of steps', () => {
  const doc = withLayout('lillesand', { arrangement: 'list' });
  const layout = layoutOverview(doc, measurer, sceneExtras);

  it('has one row per step, the highest at the top, none overlapping, all under the header', () => {
    layout.steps.slice(1).forEach((row, i) => expect(bottom(row)).toBeLessThan(layout.steps[i].y));
    expect(layout.steps.at(-1)!.y).toBeGreaterThan(bottom(layout.header.box));
    for (const row of layout.steps) expect(right(row)).toBeLessThanOrEqual(layout.width);
  });

  it('lines the titles up in one column, the subtitles in another beside them', () => {
    expect(new Set(layout.steps.map((s) => s.title.box.x)).size).toBe(1);
    const subtitles = layout.steps.flatMap((s) => (s.subtitle ? [s.subtitle.box] : []));
    expect(new Set(subtitles.map((b) => b.x)).size).toBe(1);
    expect(Math.min(...subtitles.map((b) => b.x))).toBeGreaterThan(
      Math.max(...layout.steps.map((s) => right(s.title.box))),
    );
  });

  it('brackets each band beside its rows, from its last step’s row to its first’s', () => {
    expect(layout.bands).toHaveLength(doc.bands.length);
    doc.bands.forEach((band, i) => {
      const first = layout.steps.find((s) => s.stepId === band.firstStep)!;
      const last = layout.steps.find((s) => s.stepId === band.lastStep)!;
      const { strip, label } = layout.bands[i];
      expect(strip.y).toBeLessThanOrEqual(last.y);
      expect(bottom(strip)).toBeGreaterThanOrEqual(bottom(first));
      expect(right(label.box)).toBeLessThanOrEqual(first.x);
    });
  });

  it('keeps a step’s callout beside its row, and leaves tracks, charts and the axis out', () => {
    const ostreToten = layoutOverview(withLayout('ostre-toten', { arrangement: 'list' }), measurer, sceneExtras);
    const [callout] = ostreToten.callouts;
    const row = ostreToten.steps.find((s) => s.stepId === callout.stepId)!;
    expect(callout.box.x).toBeGreaterThan(right(row));
    expect(callout.box.y).toBeGreaterThanOrEqual(row.y - row.h);
    expect(right(callout.box)).toBeLessThanOrEqual(ostreToten.width);
    const alver = layoutOverview(withLayout('alver', { arrangement: 'list' }), measurer, sceneExtras);
    expect([alver.tracks, alver.figureBars, alver.axis, alver.mastery]).toEqual([[], [], undefined, undefined]);
  });
});

describe('the list with a plan and a change per step', () => {
  const doc = withStepChanges(withLayout('ostre-toten', { arrangement: 'list' }));
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const { marks, legend } = layout.stepChanges!;

  it('marks each row at its right end, the changes lined up in one column, before the callout', () => {
    expect(marks).toHaveLength(layout.steps.length);
    for (const mark of marks) {
      const row = layout.steps.find((s) => s.stepId === mark.stepId)!;
      expect(mark.box.x).toBeGreaterThanOrEqual(right(row));
      expect(mark.box.y + mark.box.h / 2).toBeCloseTo(row.y + row.h / 2, 0);
      for (const callout of layout.callouts) expect(right(mark.box)).toBeLessThanOrEqual(callout.box.x);
    }
    expect(new Set(marks.map((m) => Math.round(m.label!.box.x * 100))).size).toBe(1);
    expect(marks.filter((m) => m.marker).map((m) => doc.steps.findIndex((s) => s.id === m.stepId))).toEqual([1, 5, 8]);
  });

  it('has the legend in a line under the rows, inside the page', () => {
    expect(legend!.entries.map((e) => e.label.lines.map((l) => l.text).join(' '))).toEqual([
      'Skal styrkes',
      'Skal reduseres',
      'Mangler / må utvikles',
      'Endring i total kostnad, 2021 til 2040',
    ]);
    expect(legend!.box.y).toBeGreaterThan(Math.max(...layout.steps.map(bottom)));
    expect(bottom(legend!.box)).toBeLessThanOrEqual(layout.height);
    expect(layout.overflows).toEqual([]);
  });

  it('reads from the left whichever way the staircase rises', () => {
    const leftward = layoutOverview({ ...doc, layout: { ...doc.layout, direction: 'left' } }, measurer, sceneExtras);
    expect(leftward.steps.map((s) => [s.x, s.numberText.box.x])).toEqual(
      layout.steps.map((s) => [s.x, s.numberText.box.x]),
    );
    expect(leftward.stepChanges!.marks.map((m) => m.box)).toEqual(marks.map((m) => m.box));
  });
});
