// A path as a list of absolute segments: moves, lines, cubic curves and closes. It is what the
// scene holds and what every renderer draws (PDF and Canvas2D walk it; SVG writes it out once, in
// formatPathData). Arcs and quadratic curves become cubics when a path is built, so no renderer
// has to know them. Pure, so layout, scene and the renderers share it.

export type Segment =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export type PathPoint = { x: number; y: number };

export const moveTo = (x: number, y: number): Segment => ({ op: 'M', x, y });
export const lineTo = (x: number, y: number): Segment => ({ op: 'L', x, y });
export const curveTo = (x1: number, y1: number, x2: number, y2: number, x: number, y: number): Segment => ({
  op: 'C',
  x1,
  y1,
  x2,
  y2,
  x,
  y,
});
export const closePath = (): Segment => ({ op: 'Z' });

/** Straight lines through the points in order, closed back to the first when `closed`. */
export function polyline(points: readonly PathPoint[], closed = false): Segment[] {
  if (points.length === 0) return [];
  const [first, ...rest] = points;
  return [moveTo(first.x, first.y), ...rest.map((p) => lineTo(p.x, p.y)), ...(closed ? [closePath()] : [])];
}

/** Every point of the path (ends and control points) passed through `map`; closes stay. */
export function mapSegments(segments: readonly Segment[], map: (x: number, y: number) => [number, number]): Segment[] {
  return segments.map((s) => {
    if (s.op === 'Z') return s;
    const [x, y] = map(s.x, s.y);
    if (s.op !== 'C') return { op: s.op, x, y };
    const [x1, y1] = map(s.x1, s.y1);
    const [x2, y2] = map(s.x2, s.y2);
    return { op: 'C', x1, y1, x2, y2, x, y };
  });
}

export function translateSegments(segments: readonly Segment[], dx: number, dy: number): Segment[] {
  return mapSegments(segments, (x, y) => [x + dx, y + dy]);
}

/**
 * The box around every point of the path, control points included: it holds the drawn curve
 * (a cubic stays inside the hull of its four points), perhaps with a little room to spare.
 */
export function getSegmentBounds(
  segments: readonly Segment[],
): { x: number; y: number; w: number; h: number } | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of segments) {
    if (s.op === 'Z') continue;
    xs.push(s.x);
    ys.push(s.y);
    if (s.op === 'C') {
      xs.push(s.x1, s.x2);
      ys.push(s.y1, s.y2);
    }
  }
  if (xs.length === 0) return undefined;
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** A quadratic curve from (x0, y0) as the cubic that draws the same curve. */
export function quadTo(x0: number, y0: number, qx: number, qy: number, x: number, y: number): Segment {
  return curveTo(
    x0 + (2 / 3) * (qx - x0),
    y0 + (2 / 3) * (qy - y0),
    x + (2 / 3) * (qx - x),
    y + (2 / 3) * (qy - y),
    x,
    y,
  );
}
