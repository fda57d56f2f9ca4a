import type { Theme } from '@/model/types';
import type { FigureBarsGeometry } from '@/layout/figureBars';
import type { Primitive, SceneNode } from './primitives';
import { unionBox } from '@/layout/geometry';
import { lineSegments, sceneNode, textPrimitives } from './sceneNodes';

/** A figure chart: title, unit and the zero line, then one node per step with its bar and value (or a dash). */
export function buildFigureBarsNodes(chart: FigureBarsGeometry, theme: Theme, scale: number): SceneNode[] {
  const { baseline } = chart;
  const nodes: SceneNode[] = [
    sceneNode({ kind: 'chart', id: chart.chartId }, chart.box, [
      ...textPrimitives(chart.title, theme.text),
      ...textPrimitives(chart.unit, theme.mutedText),
      {
        kind: 'path',
        segments: lineSegments(baseline.x1, baseline.y, baseline.x2, baseline.y),
        stroke: theme.mutedText,
        strokeWidth: 0.8 * scale,
      },
      ...(chart.legend ?? []).flatMap((entry): Primitive[] => [
        { kind: 'rect', ...entry.swatch, fill: entry.fill },
        ...textPrimitives(entry.label, theme.text),
      ]),
    ]),
  ];
  chart.bars.forEach((bar, i) => {
    // With a compared series, both bars of a step are one node: one figure, two years.
    const parts = [bar, ...(chart.compare ? [chart.compare[i]] : [])];
    const box = unionBox(parts.flatMap((p) => (p.bar ? [p.bar, p.label.box] : [p.label.box])));
    nodes.push(
      sceneNode(
        { kind: 'figure', chartId: chart.chartId, stepId: bar.stepId },
        box,
        parts.flatMap((p): Primitive[] => [
          ...(p.bar ? [{ kind: 'rect' as const, ...p.bar, fill: p.fill }] : []),
          ...textPrimitives(p.label, p.value === null ? theme.mutedText : theme.text),
        ]),
      ),
    );
  });
  return nodes;
}
