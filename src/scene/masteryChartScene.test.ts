import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { layoutOverview } from '@/layout/overview';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createMasteryDocument } from '../../tests/unit/fixtures/issue3Documents';
import { buildOverviewScene } from './overviewScene';
import type { PathPrimitive, TextPrimitive } from './primitives';
import { getRefIds } from './sceneRef';

const measurer = getNodeMeasurer();
const texts = (primitives: readonly { kind: string }[]) =>
  primitives.filter((p): p is TextPrimitive => p.kind === 'text').map((p) => p.text);

describe('the scene of a mastery chart', () => {
  const doc = createMasteryDocument(5);
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const scene = buildOverviewScene(doc, layout, sceneExtras);
  const kinds = scene.nodes.map((n) => n.ref.kind);

  it('draws the curve over the columns, in the curve colour, along the layout’s path', () => {
    expect(kinds.lastIndexOf('chartColumn')).toBeLessThan(kinds.indexOf('chartCurve'));
    const curve = scene.nodes.find((n) => n.ref.kind === 'chartCurve')!;
    const stroke = curve.primitives.find(
      (p): p is PathPrimitive => p.kind === 'path' && p.stroke === doc.theme.accent,
    )!;
    expect(stroke.segments).toBe(layout.mastery!.curve.path);
    expect(scene.nodes.filter((n) => n.ref.kind === 'chartColumn').map((n) => getRefIds(n.ref).join(':'))).toEqual(
      doc.steps.map((s) => `chart-mastery:${s.id}`),
    );
  });

  it('keeps one node per step for selection, labelled with its number and title, and no block fills', () => {
    const steps = scene.nodes.filter((n) => n.ref.kind === 'step');
    expect(steps.map((n) => n.ref.id)).toEqual(doc.steps.map((s) => s.id));
    steps.forEach((node, i) => expect(texts(node.primitives)).toEqual([String(i + 1), `Trinn ${i + 1}`]));
    for (const node of steps) expect(node.primitives.some((p) => p.kind === 'rect')).toBe(false);
    expect(texts(scene.nodes.find((n) => n.ref.kind === 'chart')!.primitives)).toContain(
      'Ressursinnsats og bistandsbehov',
    );
    expect(scene.nodes.filter((n) => n.ref.kind === 'chartBar').map((n) => getRefIds(n.ref).join(':'))).toEqual([
      'chart-mastery:bar-1',
      'chart-mastery:bar-2',
    ]);
  });
});
