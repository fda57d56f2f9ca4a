// A chart's curve recorded as path segments: traceCurve draws it on a context, and this context
// writes down each call, so the curve never passes through SVG path data.
import { traceCurve, type CurveContext, type Point } from '@/charts/curve';
import { closePath, curveTo, lineTo, moveTo, type Segment } from './pathSegments';

export function getCurveSegments(points: readonly Point[], style: 'smooth' | 'straight'): Segment[] {
  const segments: Segment[] = [];
  const recorder: CurveContext = {
    moveTo: (x, y) => void segments.push(moveTo(x, y)),
    lineTo: (x, y) => void segments.push(lineTo(x, y)),
    bezierCurveTo: (x1, y1, x2, y2, x, y) => void segments.push(curveTo(x1, y1, x2, y2, x, y)),
    closePath: () => void segments.push(closePath()),
  };
  traceCurve(points, style, recorder);
  return segments;
}
