import { curveLinear, curveMonotoneX, line } from 'd3-shape';

export type Point = { x: number; y: number };

/**
 * The SVG path through the points, in order. 'smooth' is a monotone cubic: it passes through
 * every point and never overshoots between two of them, so a rising series draws as a rising curve.
 */
export function getCurvePath(points: readonly Point[], style: 'smooth' | 'straight'): string {
  if (points.length === 0) return '';
  const path = line<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(style === 'smooth' ? curveMonotoneX : curveLinear)
    .digits(2);
  return path(points as Point[]) ?? '';
}
