import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createMasteryDocument } from '../../tests/unit/fixtures/issue3Documents';
import { overlaps } from '../../tests/unit/fixtures/boxes';
import type { TrappDocument } from '@/model/types';
import { buildOverviewScene } from '@/scene/overviewScene';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();
const text = (block: { lines: { text: string }[] } | undefined) => block?.lines.map((l) => l.text).join(' ') ?? '';

describe('a mastery chart compared with another year', () => {
  const doc = createMasteryDocument(5);
  const chart = doc.charts[0] as Extract<TrappDocument['charts'][number], { kind: 'mastery' }>;
  const values = Object.fromEntries(
    Object.entries(chart.values).map(([id, v]) => [
      id,
      { column: Math.min(100, v.column + 10), curve: Math.max(0, v.curve - 5) },
    ]),
  );
  const compared = { ...doc, charts: [{ ...chart, compare: { label: 'Mål 2040', values } }] };
  const layout = layoutOverview(compared, measurer, sceneExtras);
  const geometry = layout.mastery!;

  it('draws the compared columns at their own heights over the first, on the same scale', () => {
    const compare = geometry.compare!;
    expect(compare.columns).toHaveLength(5);
    compare.columns.forEach((c, i) => {
      const own = geometry.columns[i];
      expect(c.box.x).toBeCloseTo(own.box.x, 9);
      expect(c.box.h / geometry.plot.h).toBeCloseTo(values[c.stepId].column / 100, 9);
    });
    expect(compare.curvePath).not.toBe(geometry.curve.path);
  });

  it('names the compared year in the legend row, clear of the other entries', () => {
    const compare = geometry.compare!;
    expect(text(compare.label)).toBe('Mål 2040');
    expect(overlaps(compare.label.box, geometry.legend.columnLabel.box)).toBe(false);
    expect(overlaps(compare.swatch, compare.label.box)).toBe(false);
    const scene = buildOverviewScene(compared, layout, sceneExtras);
    const node = scene.nodes.find((n) => n.id === `chart:${chart.id}:compare`)!;
    expect(node.primitives.filter((p) => p.kind === 'path' && p.dash)).toHaveLength(6);
  });

  it('leaves a chart without a comparison as it was', () => {
    expect(layoutOverview(doc, measurer, sceneExtras).mastery!.compare).toBeUndefined();
  });
});
