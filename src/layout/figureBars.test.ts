import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { bottom, EPS, inside, lineBoxes } from '../../tests/unit/fixtures/boxes';
import { alverCosts, createFigureDocument } from '../../tests/unit/fixtures/issue3Documents';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();

describe('a figure chart of Alver’s costs per step', () => {
  const doc = createFigureDocument();
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const chart = layout.figureBars[0];
  const zero = chart.baseline.y;
  const label = (i: number) => chart.bars[i].label.lines.map((l) => l.text).join(' ');

  it('has one entry per step, in step order, each inside its step’s column', () => {
    expect(chart.bars.map((b) => b.stepId)).toEqual(doc.steps.map((s) => s.id));
    chart.bars.forEach((bar, i) => {
      const column = layout.stepColumns[i];
      if (bar.bar) expect(bar.bar.x >= column.x - EPS && bar.bar.x + bar.bar.w <= column.x + column.w + EPS).toBe(true);
    });
  });

  it('draws positive values above the zero line and negative ones below it, heights in proportion', () => {
    const unit = chart.bars[5].bar!.h / 182718;
    chart.bars.forEach((bar, i) => {
      const value = alverCosts[i];
      if (typeof value !== 'number') return;
      expect(bar.bar!.h).toBeCloseTo(Math.abs(value) * unit, 6);
      if (value >= 0) expect(bottom(bar.bar!)).toBeCloseTo(zero, 9);
      else expect(bar.bar!.y).toBeCloseTo(zero, 9);
      // Labels sit beyond the bar's end: above a rising bar, below a falling one.
      if (value >= 0) expect(bottom(bar.label.box)).toBeLessThanOrEqual(bar.bar!.y + EPS);
      else expect(bar.label.box.y).toBeGreaterThanOrEqual(bottom(bar.bar!) - EPS);
    });
    expect(chart.bars[0].value).toBe(-63778);
    expect(chart.bars[7].bar!.y).toBeCloseTo(zero, 9);
  });

  it('writes values in Norwegian: space between thousands, a real minus sign', () => {
    expect(label(5)).toBe('182\u00a0718');
    expect(label(0)).toBe('\u221263\u00a0778');
    expect(label(7)).toBe('\u22125\u00a0652');
    expect(label(12)).toBe('19\u00a0326');
  });

  it('shows a missing value as a dash without a bar, never as 0', () => {
    for (const i of [8, 9]) {
      expect(chart.bars[i].value).toBeNull();
      expect(chart.bars[i].bar).toBeUndefined();
      expect(label(i)).toBe('–');
    }
    expect(chart.bars.some((b) => b.label.lines.some((l) => l.text === '0'))).toBe(false);
  });

  it('sits between the staircase and the axis, its text on the page', () => {
    expect(chart.box.y).toBeGreaterThan(Math.max(...layout.steps.map(bottom)));
    expect(bottom(chart.box)).toBeLessThan(layout.axis!.from.y);
    const page = { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const bar of chart.bars)
      for (const line of lineBoxes(measurer, bar.label)) expect(inside(line, page)).toBe(true);
    expect(layout.overflows).toEqual([]);
  });
});
