// SVG path data read into segments (pathSegments.ts). Only path data that comes from outside is
// read here: the bundled icons' SVG and paths in tests; the layout builds its paths as segments.
import { quadTo, type Segment } from './pathSegments';
import { arcToCubics } from './pathShapes';

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/** Parses `d`; stops at the first malformed command, as browsers do, keeping what came before. */
export function parsePathData(d: string): Segment[] {
  const tokens = [...d.matchAll(TOKEN)].map((m) => m[1] ?? Number(m[2]));
  // Path data must begin with a move; SVG draws nothing otherwise.
  if (tokens[0] !== 'M' && tokens[0] !== 'm') return [];
  const out: Segment[] = [];
  let x = 0,
    y = 0,
    startX = 0,
    startY = 0;
  // The last control point, for the smooth forms S and T.
  let lastCubic: [number, number] | undefined;
  let lastQuad: [number, number] | undefined;
  let command = '';
  let i = 0;
  while (i < tokens.length) {
    if (typeof tokens[i] === 'string') {
      command = tokens[i++] as string;
      if (command === 'Z' || command === 'z') {
        out.push({ op: 'Z' });
        x = startX;
        y = startY;
        lastCubic = lastQuad = undefined;
        continue;
      }
    } else if (!command || command === 'Z' || command === 'z') break;
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const count = ARGS[upper];
    const args = tokens.slice(i, i + count);
    if (args.length < count || args.some((a) => typeof a !== 'number')) break;
    i += count;
    const n = args as unknown as number[];
    const ox = relative ? x : 0,
      oy = relative ? y : 0;
    let cubic: [number, number] | undefined;
    let quad: [number, number] | undefined;
    switch (upper) {
      case 'M':
        x = ox + n[0];
        y = oy + n[1];
        startX = x;
        startY = y;
        out.push({ op: 'M', x, y });
        // Further pairs after a move are lines.
        command = relative ? 'l' : 'L';
        break;
      case 'L':
        x = ox + n[0];
        y = oy + n[1];
        out.push({ op: 'L', x, y });
        break;
      case 'H':
        x = (relative ? x : 0) + n[0];
        out.push({ op: 'L', x, y });
        break;
      case 'V':
        y = (relative ? y : 0) + n[0];
        out.push({ op: 'L', x, y });
        break;
      case 'C':
      case 'S': {
        const [x1, y1] =
          upper === 'C' ? [ox + n[0], oy + n[1]] : lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const rest = upper === 'C' ? n.slice(2) : n;
        const seg = { op: 'C' as const, x1, y1, x2: ox + rest[0], y2: oy + rest[1], x: ox + rest[2], y: oy + rest[3] };
        out.push(seg);
        cubic = [seg.x2, seg.y2];
        x = seg.x;
        y = seg.y;
        break;
      }
      case 'Q':
      case 'T': {
        const [qx, qy] =
          upper === 'Q' ? [ox + n[0], oy + n[1]] : lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
        const [ex, ey] = upper === 'Q' ? [ox + n[2], oy + n[3]] : [ox + n[0], oy + n[1]];
        out.push(quadTo(x, y, qx, qy, ex, ey));
        quad = [qx, qy];
        x = ex;
        y = ey;
        break;
      }
      case 'A': {
        const [ex, ey] = [ox + n[5], oy + n[6]];
        out.push(...arcToCubics(x, y, n[0], n[1], n[2], n[3] !== 0, n[4] !== 0, ex, ey));
        x = ex;
        y = ey;
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}
