// A path's segments flattened to polygons, for asking whether a point lies inside a filled path.
// Curves are sampled at quarters.
import type { Segment } from './pathSegments';

export type Polygon = [number, number][];

export function getPathPolygons(segments: readonly Segment[]): Polygon[] {
  const polygons: Polygon[] = [];
  let current: Polygon = [];
  const close = () => {
    if (current.length > 2) polygons.push(current);
    current = [];
  };
  // Where the subpath began: after a Z, a line or curve without a move starts there again.
  let start: [number, number] = [0, 0];
  for (const segment of segments) {
    if (segment.op === 'Z') {
      close();
      continue;
    }
    if (segment.op === 'M') {
      close();
      start = [segment.x, segment.y];
    } else if (current.length === 0) current.push(start);
    if (segment.op === 'C') {
      const [x, y] = current[current.length - 1];
      const points = [
        [x, y],
        [segment.x1, segment.y1],
        [segment.x2, segment.y2],
        [segment.x, segment.y],
      ];
      for (let t = 0.25; t < 1; t += 0.25) current.push(bezierAt(points, t));
    }
    current.push([segment.x, segment.y]);
  }
  close();
  return polygons;
}

function bezierAt(points: number[][], t: number): [number, number] {
  let level = points;
  while (level.length > 1)
    level = level
      .slice(1)
      .map((p, k) => [level[k][0] + (p[0] - level[k][0]) * t, level[k][1] + (p[1] - level[k][1]) * t]);
  return [level[0][0], level[0][1]];
}

/** Even-odd rule over all the path's polygons. */
export function isInsidePolygons(polygons: readonly Polygon[], px: number, py: number): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (let a = 0, b = polygon.length - 1; a < polygon.length; b = a++) {
      const [xa, ya] = polygon[a];
      const [xb, yb] = polygon[b];
      if (ya > py !== yb > py && px < ((xb - xa) * (py - ya)) / (yb - ya) + xa) inside = !inside;
    }
  }
  return inside;
}
