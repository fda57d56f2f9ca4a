import type { MasteryGeometry } from '@/layout/masteryChart';

/**
 * A point the user can drag on the canvas to set a value: a column's top or a curve point of a
 * mastery chart. `top` and `bottom` are the page y of the values 100 and 0.
 */
export type EditHandle = {
  id: string;
  chartId: string;
  stepId: string;
  value: 'column' | 'curve';
  x: number;
  y: number;
  top: number;
  bottom: number;
};

export function getMasteryHandles(chart: MasteryGeometry): EditHandle[] {
  const top = chart.plot.y;
  const bottom = chart.plot.y + chart.plot.h;
  const columns = chart.columns.map<EditHandle>((column) => ({
    id: `column:${chart.chartId}:${column.stepId}`,
    chartId: chart.chartId,
    stepId: column.stepId,
    value: 'column',
    x: column.box.x + column.box.w / 2,
    y: column.box.y,
    top,
    bottom,
  }));
  const points = chart.curve.points.map<EditHandle>((point) => ({
    id: `curve:${chart.chartId}:${point.stepId}`,
    chartId: chart.chartId,
    stepId: point.stepId,
    value: 'curve',
    x: point.x,
    y: point.y,
    top,
    bottom,
  }));
  return [...columns, ...points];
}

/** The value (0..100, whole numbers) at page y for a handle's scale. */
export function getHandleValue(handle: EditHandle, y: number): number {
  const value = ((handle.bottom - y) / (handle.bottom - handle.top)) * 100;
  return Math.round(Math.max(0, Math.min(100, value)));
}
