import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { layoutOverview } from '@/layout/overview';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createFigureDocument } from '../../tests/unit/fixtures/issue3Documents';
import { buildOverviewScene } from './overviewScene';
import type { TextPrimitive } from './primitives';
import { getRefIds } from './sceneRef';

const measurer = getNodeMeasurer();
const texts = (primitives: readonly { kind: string }[]) =>
  primitives.filter((p): p is TextPrimitive => p.kind === 'text').map((p) => p.text);

describe('the scene of a figure chart', () => {
  const doc = createFigureDocument();
  const scene = buildOverviewScene(doc, layoutOverview(doc, measurer, sceneExtras), sceneExtras);
  const figures = scene.nodes.filter((n) => n.ref.kind === 'figure');

  it('has a node per step: a bar and its value, or a dash and no bar', () => {
    expect(figures.map((n) => getRefIds(n.ref).join(':'))).toEqual(doc.steps.map((s) => `chart-cost:${s.id}`));
    expect(texts(figures[5].primitives)).toEqual(['182\u00a0718']);
    expect(figures[5].primitives.some((p) => p.kind === 'rect')).toBe(true);
    expect(texts(figures[9].primitives)).toEqual(['–']);
    expect(figures[9].primitives.some((p) => p.kind === 'rect')).toBe(false);
  });
});
