import type { Theme } from '@/model/types';
import type { FigureBarsGeometry } from '@/layout/figureBars';
import type { SceneNode } from './primitives';
import { sceneNode, textPrimitives, unionBox } from './sceneNodes';

/** A figure chart: title, unit and the zero line, then one node per step with its bar and value (or a dash). */
export function buildFigureBarsNodes(chart: FigureBarsGeometry, theme: Theme, scale: number): SceneNode[] {
  const { baseline } = chart;
  const nodes: SceneNode[] = [
    sceneNode({ kind: 'chart', id: chart.chartId }, chart.box, [
      ...textPrimitives(chart.title, theme.text),
      ...textPrimitives(chart.unit, theme.mutedText),
      { kind: 'path', d: `M${baseline.x1} ${baseline.y}H${baseline.x2}`, stroke: theme.mutedText, strokeWidth: 0.8 * scale },
    ]),
  ];
  for (const bar of chart.bars) {
    const box = bar.bar ? unionBox([bar.bar, bar.label.box]) : bar.label.box;
    nodes.push(
      sceneNode({ kind: 'figure', id: `${chart.chartId}:${bar.stepId}` }, box, [
        ...(bar.bar ? [{ kind: 'rect' as const, ...bar.bar, fill: bar.fill }] : []),
        ...textPrimitives(bar.label, bar.value === null ? theme.mutedText : theme.text),
      ]),
    );
  }
  return nodes;
}
