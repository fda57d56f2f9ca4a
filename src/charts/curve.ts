export type Point = { x: number; y: number };

/** The path calls a curve makes; the layout records them as path segments. */
export type CurveContext = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
  closePath(): void;
};

/**
 * Traces the curve through the points, in order, on `context`. 'smooth' is a monotone cubic
 * (Steffen, 1990: "A simple method for monotonic interpolation in one dimension"): it passes
 * through every point and never overshoots between two of them, so a rising series draws as a
 * rising curve. The calls are those d3-shape's curveMonotoneX and curveLinear make (curve.test.ts
 * compares them), written here so the first page load need not carry d3-shape.
 */
export function traceCurve(points: readonly Point[], style: 'smooth' | 'straight', context: CurveContext): void {
  // A smooth curve skips a point that repeats the one before it (its slope would be undefined).
  const shown =
    style === 'smooth'
      ? points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y)
      : points;
  if (shown.length === 0) return;
  context.moveTo(shown[0].x, shown[0].y);
  if (shown.length === 1) return context.closePath();
  if (style === 'straight' || shown.length === 2) {
    for (const p of shown.slice(1)) context.lineTo(p.x, p.y);
    return;
  }
  const tangents = getTangents(shown);
  for (let i = 1; i < shown.length; i++) {
    const a = shown[i - 1];
    const b = shown[i];
    const third = (b.x - a.x) / 3;
    context.bezierCurveTo(a.x + third, a.y + third * tangents[i - 1], b.x - third, b.y - third * tangents[i], b.x, b.y);
  }
}

const sign = (value: number) => (value < 0 ? -1 : 1);

/** The slope the curve has at each point (three points or more). */
function getTangents(points: readonly Point[]): number[] {
  const last = points.length - 1;
  const widths = points.slice(1).map((p, i) => p.x - points[i].x);
  const slopes = points.slice(1).map((p, i) => (p.y - points[i].y) / widths[i]);
  const tangents = points.map((_, i) => {
    if (i === 0 || i === last) return 0;
    const [s0, s1, h0, h1] = [slopes[i - 1], slopes[i], widths[i - 1], widths[i]];
    const mean = (s0 * h1 + s1 * h0) / (h0 + h1);
    // Flat where the series turns; otherwise no steeper than either side, nor than twice their weighted mean.
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(mean)) || 0;
  });
  // At an end, the tangent makes the end segment's curvature zero there (a parabola through the end).
  const endTangent = (width: number, rise: number, inner: number) => (width ? (3 * (rise / width) - inner) / 2 : inner);
  tangents[0] = endTangent(widths[0], points[1].y - points[0].y, tangents[1]);
  tangents[last] = endTangent(widths[last - 1], points[last].y - points[last - 1].y, tangents[last - 1]);
  return tangents;
}
