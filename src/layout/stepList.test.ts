import { describe, expect, it } from 'vitest';
import type { LayoutOptions, TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { bottom, inside, overlaps, right } from '../../tests/unit/fixtures/boxes';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();
const templates = loadTemplates();
const withLayout = (id: string, layout: Partial<LayoutOptions>): TrappDocument => {
  const doc = templates.find((t) => t.id === id)!.document;
  return { ...doc, layout: { ...doc.layout, ...layout } };
};

describe('the list of steps', () => {
  const doc = withLayout('lillesand', { arrangement: 'list' });
  const layout = layoutOverview(doc, measurer);

  it('has one row per step, the highest at the top, none overlapping, all under the header', () => {
    layout.steps.slice(1).forEach((row, i) => expect(bottom(row)).toBeLessThan(layout.steps[i].y));
    expect(layout.steps.at(-1)!.y).toBeGreaterThan(bottom(layout.header.box));
    for (const row of layout.steps) expect(right(row)).toBeLessThanOrEqual(layout.width);
  });

  it('lines the titles up in one column, the subtitles in another beside them', () => {
    expect(new Set(layout.steps.map((s) => s.title.box.x)).size).toBe(1);
    const subtitles = layout.steps.flatMap((s) => (s.subtitle ? [s.subtitle.box] : []));
    expect(new Set(subtitles.map((b) => b.x)).size).toBe(1);
    expect(Math.min(...subtitles.map((b) => b.x))).toBeGreaterThan(Math.max(...layout.steps.map((s) => right(s.title.box))));
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
    const ostreToten = layoutOverview(withLayout('ostre-toten', { arrangement: 'list' }), measurer);
    const [callout] = ostreToten.callouts;
    const row = ostreToten.steps.find((s) => s.stepId === callout.stepId)!;
    expect(callout.box.x).toBeGreaterThan(right(row));
    expect(callout.box.y).toBeGreaterThanOrEqual(row.y - row.h);
    expect(right(callout.box)).toBeLessThanOrEqual(ostreToten.width);
    const alver = layoutOverview(withLayout('alver', { arrangement: 'list' }), measurer);
    expect([alver.tracks, alver.figureBars, alver.axis, alver.mastery]).toEqual([[], [], undefined, undefined]);
  });
});

describe('steps side by side at equal height', () => {
  const layout = layoutOverview(withLayout('lillesand', { stepHeights: 'equal' }), measurer);

  it('give every step its own column, which tracks and charts line up with', () => {
    layout.steps.slice(1).forEach((step, i) => expect(step.x).toBeGreaterThanOrEqual(right(layout.steps[i])));
    expect(layout.stepColumns.map((c) => [c.x, c.w])).toEqual(layout.steps.map((s) => [s.x, s.w]));
  });

  it('label each band above its steps, its strip behind them', () => {
    for (const band of layout.bands) {
      const covered = layout.steps.filter((s) => s.x >= band.strip.x && right(s) <= right(band.strip));
      expect(covered.length).toBeGreaterThan(0);
      expect(bottom(band.label.box)).toBeLessThanOrEqual(Math.min(...covered.map((s) => s.y)));
      expect(inside(band.label.box, band.strip)).toBe(true);
      for (const step of layout.steps) expect(overlaps(band.label.box, step)).toBe(false);
    }
  });

  it('put a callout above its step, clear of every step and band label', () => {
    const ostreToten = layoutOverview(withLayout('ostre-toten', { stepHeights: 'equal' }), measurer);
    expect(ostreToten.callouts).toHaveLength(1);
    const { box } = ostreToten.callouts[0];
    for (const step of ostreToten.steps) expect(overlaps(box, step)).toBe(false);
    expect(box.y).toBeGreaterThan(bottom(ostreToten.header.box));
  });
});
