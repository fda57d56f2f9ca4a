import type { Theme } from '@/model/types';
import type { MasteryGeometry } from '@/layout/masteryChart';
import type { StepGeometry } from '@/layout/staircase';
import type { SceneNode } from './primitives';
import { unionBox } from '@/layout/geometry';
import { lineSegments, sceneNode, textPrimitives } from './sceneNodes';
import { getEllipseSegments } from '@/layout/pathShapes';
import { polyline } from '@/layout/pathSegments';
import type { Box } from '@/layout/geometry';

/** A column's outline without its foot: up, across and down, so it stands on the baseline. */
const openBox = ({ x, y, w, h }: Box) =>
  polyline([
    { x, y: y + h },
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
  ]);

/**
 * The mastery chart: frame (title, legend, baseline, arrow) first, then the columns, then the curve
 * over them so it visibly crosses into them, then the bars and the steps' labels.
 */
export function buildMasteryNodes(
  chart: MasteryGeometry,
  steps: readonly StepGeometry[],
  theme: Theme,
  scale: number,
): SceneNode[] {
  const s = scale;
  const { legend, plot, arrow } = chart;
  const baseline = plot.y + plot.h;
  const nodes: SceneNode[] = [
    sceneNode({ kind: 'chart', id: chart.chartId }, chart.box, [
      ...textPrimitives(chart.title, theme.text),
      { kind: 'rect', ...legend.columnSwatch, fill: chart.columnColour, radius: 1.5 * s },
      ...textPrimitives(legend.columnLabel, theme.mutedText),
      { kind: 'rect', ...legend.curveSwatch, fill: chart.curveColour, radius: legend.curveSwatch.h / 2 },
      ...textPrimitives(legend.curveLabel, theme.mutedText),
      {
        kind: 'path',
        segments: lineSegments(plot.x, baseline, plot.x + plot.w, baseline),
        stroke: theme.mutedText,
        strokeWidth: 0.8 * s,
      },
      { kind: 'path', segments: arrow.path, fill: chart.curveColour },
      ...textPrimitives(arrow.label, arrow.textColour),
    ]),
  ];
  for (const column of chart.columns) {
    nodes.push(
      sceneNode({ kind: 'chartColumn', chartId: chart.chartId, stepId: column.stepId }, column.box, [
        { kind: 'rect', ...column.box, fill: chart.columnColour, radius: Math.min(theme.cornerRadius, 4) * s },
        ...textPrimitives(column.valueText, column.valueColour),
      ]),
    );
  }
  const { points, path, valueTexts } = chart.curve;
  if (points.length > 0) {
    const dot = 4 * s;
    const box = unionBox([
      ...points.map((p) => ({ x: p.x - dot, y: p.y - dot, w: 2 * dot, h: 2 * dot })),
      ...valueTexts.map((v) => v.box),
    ]);
    nodes.push(
      sceneNode({ kind: 'chartCurve', id: chart.chartId }, box, [
        // A halo in the background colour keeps the curve readable where it crosses a column's edge.
        { kind: 'path', segments: path, stroke: theme.background, strokeWidth: 7 * s },
        { kind: 'path', segments: path, stroke: chart.curveColour, strokeWidth: 3.5 * s },
        ...points.map((p) => ({
          kind: 'path' as const,
          segments: getEllipseSegments(p.x, p.y, dot, dot),
          fill: chart.curveColour,
          stroke: theme.background,
          strokeWidth: 1.5 * s,
        })),
        ...valueTexts.flatMap((v) => [
          {
            kind: 'rect' as const,
            ...v.box,
            fill: theme.background,
            stroke: chart.curveColour,
            strokeWidth: 0.8 * s,
            radius: v.box.h / 2,
          },
          ...textPrimitives(v.text, chart.curveColour),
        ]),
      ]),
    );
  }
  if (chart.compare) {
    // The compared year over the first: outlined columns and a dashed curve, so both stay readable.
    const { compare } = chart;
    const dash = [6 * s, 4 * s];
    const box = unionBox([compare.swatch, compare.label.box, ...compare.columns.map((c) => c.box)]);
    nodes.push(
      sceneNode({ kind: 'chart', id: `${chart.chartId}:compare` }, box, [
        { kind: 'rect', ...compare.swatch, stroke: theme.text, strokeWidth: 1.5 * s },
        ...textPrimitives(compare.label, theme.mutedText),
        ...compare.columns.map((c) => ({
          kind: 'path' as const,
          segments: openBox(c.box),
          stroke: theme.text,
          strokeWidth: 1.5 * s,
          dash,
        })),
        ...(compare.curvePath.length > 0
          ? [
              {
                kind: 'path' as const,
                segments: compare.curvePath,
                stroke: chart.curveColour,
                strokeWidth: 2.5 * s,
                dash,
              },
            ]
          : []),
      ]),
    );
  }
  for (const bar of chart.bars) {
    nodes.push(
      sceneNode({ kind: 'chartBar', chartId: chart.chartId, barId: bar.barId }, bar.box, [
        { kind: 'rect', ...bar.box, fill: bar.fill, radius: Math.min(theme.cornerRadius, 4) * s },
        ...textPrimitives(bar.label, bar.textColour),
      ]),
    );
  }
  for (const step of steps) {
    nodes.push(
      sceneNode({ kind: 'step', id: step.stepId }, step, [
        ...textPrimitives(step.numberText, step.textColour),
        ...textPrimitives(step.title, theme.text),
        ...textPrimitives(step.subtitle, theme.mutedText),
      ]),
    );
  }
  return nodes;
}
