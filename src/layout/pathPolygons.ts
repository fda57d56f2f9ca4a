// SVG path data flattened to polygons, for asking whether a point lies inside a filled path.
// Curves are sampled; an arc is taken as the straight line to its end, which is close enough for
// the small round corners and dots the scene draws.

export type Polygon = [number, number][];

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

export function getPathPolygons(d: string): Polygon[] {
  const tokens: (string | number)[] = [...d.matchAll(TOKEN)].map((m) => (m[1] as string | undefined) ?? Number(m[2]));
  const polygons: Polygon[] = [];
  let current: Polygon = [];
  let x = 0;
  let y = 0;
  let command = '';
  let i = 0;
  const close = () => {
    if (current.length > 2) polygons.push(current);
    current = [];
  };
  while (i < tokens.length) {
    if (typeof tokens[i] === 'string') command = tokens[i++] as string;
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      close();
      command = '';
      continue;
    }
    const count = ARGS[upper];
    const n = tokens.slice(i, i + count).filter((a): a is number => typeof a === 'number');
    if (count === undefined || n.length < count) break;
    i += count;
    const relative = command !== upper;
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    switch (upper) {
      case 'M':
        close();
        [x, y] = [ox + n[0], oy + n[1]];
        // Further pairs after a move are lines.
        command = relative ? 'l' : 'L';
        break;
      case 'H':
        x = ox + n[0];
        break;
      case 'V':
        y = oy + n[0];
        break;
      case 'C':
      case 'Q':
      case 'S': {
        const ex = ox + n[count - 2];
        const ey = oy + n[count - 1];
        const controls = [];
        for (let k = 0; k < count - 2; k += 2) controls.push([ox + n[k], oy + n[k + 1]]);
        const points = [[x, y], ...controls, [ex, ey]];
        for (let t = 0.25; t < 1; t += 0.25) current.push(bezierAt(points, t));
        [x, y] = [ex, ey];
        break;
      }
      default:
        [x, y] = [ox + n[count - 2], oy + n[count - 1]];
    }
    current.push([x, y]);
  }
  close();
  return polygons;
}

function bezierAt(points: number[][], t: number): [number, number] {
  let level = points;
  while (level.length > 1) level = level.slice(1).map((p, k) => [level[k][0] + (p[0] - level[k][0]) * t, level[k][1] + (p[1] - level[k][1]) * t]);
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
