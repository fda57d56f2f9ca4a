// SVG path data as absolute moves, lines and cubic curves: the only operators PDF and Canvas2D
// need to draw every path the scene produces, and what the rect outline and the bundled icons are
// built from. Pure, so layout (icons) and the renderers (PDF, PNG) share it.

export type Segment =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/** Parses `d`; stops at the first malformed command, as browsers do, keeping what came before. */
export function parsePathData(d: string): Segment[] {
  const tokens = [...d.matchAll(TOKEN)].map((m) => m[1] ?? Number(m[2]));
  // Path data must begin with a move; SVG draws nothing otherwise.
  if (tokens[0] !== 'M' && tokens[0] !== 'm') return [];
  const out: Segment[] = [];
  let x = 0, y = 0, startX = 0, startY = 0;
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
        x = startX; y = startY;
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
    const ox = relative ? x : 0, oy = relative ? y : 0;
    let cubic: [number, number] | undefined;
    let quad: [number, number] | undefined;
    switch (upper) {
      case 'M':
        x = ox + n[0]; y = oy + n[1]; startX = x; startY = y;
        out.push({ op: 'M', x, y });
        // Further pairs after a move are lines.
        command = relative ? 'l' : 'L';
        break;
      case 'L': x = ox + n[0]; y = oy + n[1]; out.push({ op: 'L', x, y }); break;
      case 'H': x = (relative ? x : 0) + n[0]; out.push({ op: 'L', x, y }); break;
      case 'V': y = (relative ? y : 0) + n[0]; out.push({ op: 'L', x, y }); break;
      case 'C':
      case 'S': {
        const [x1, y1] = upper === 'C' ? [ox + n[0], oy + n[1]] : lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const rest = upper === 'C' ? n.slice(2) : n;
        const seg = { op: 'C' as const, x1, y1, x2: ox + rest[0], y2: oy + rest[1], x: ox + rest[2], y: oy + rest[3] };
        out.push(seg);
        cubic = [seg.x2, seg.y2];
        x = seg.x; y = seg.y;
        break;
      }
      case 'Q':
      case 'T': {
        const [qx, qy] = upper === 'Q' ? [ox + n[0], oy + n[1]] : lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
        const [ex, ey] = upper === 'Q' ? [ox + n[2], oy + n[3]] : [ox + n[0], oy + n[1]];
        out.push({ op: 'C', x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: ex + (2 / 3) * (qx - ex), y2: ey + (2 / 3) * (qy - ey), x: ex, y: ey });
        quad = [qx, qy];
        x = ex; y = ey;
        break;
      }
      case 'A': {
        const [ex, ey] = [ox + n[5], oy + n[6]];
        out.push(...arcToCubics(x, y, n[0], n[1], n[2], n[3] !== 0, n[4] !== 0, ex, ey));
        x = ex; y = ey;
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}

/** An elliptical arc (SVG endpoint form) as cubic curves of at most 90° each (SVG 1.1, appendix F.6). */
export function arcToCubics(x1: number, y1: number, rxIn: number, ryIn: number, angle: number, large: boolean, sweep: boolean, x2: number, y2: number): Segment[] {
  let rx = Math.abs(rxIn), ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return x1 === x2 && y1 === y2 ? [] : [{ op: 'L', x: x2, y: y2 }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi), sin = Math.sin(phi);
  const dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
  const px = cos * dx + sin * dy, py = -sin * dx + cos * dy;
  const lambda = (px * px) / (rx * rx) + (py * py) / (ry * ry);
  if (lambda > 1) { rx *= Math.sqrt(lambda); ry *= Math.sqrt(lambda); }
  const num = rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px;
  const den = rx * rx * py * py + ry * ry * px * px;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * py) / ry, cyp = (-coef * ry * px) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2, cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const vecAngle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = vecAngle(1, 0, (px - cxp) / rx, (py - cyp) / ry);
  let delta = vecAngle((px - cxp) / rx, (py - cyp) / ry, (-px - cxp) / rx, (-py - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const tangent = (t: number) => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: Segment[] = [];
  for (let p = 0; p < parts; p++) {
    const a = theta1 + p * step, b = a + step;
    const [ax, ay] = point(a), [bx, by] = point(b), [tax, tay] = tangent(a), [tbx, tby] = tangent(b);
    const end = p === parts - 1 ? [x2, y2] : [bx, by];
    out.push({ op: 'C', x1: ax + k * tax, y1: ay + k * tay, x2: bx - k * tbx, y2: by - k * tby, x: end[0], y: end[1] });
  }
  return out;
}

const KAPPA = 0.5522847498;

/** A rectangle's outline, with quarter-ellipse corners when it has a radius (as SVG clamps rx to half a side). */
export function getRectSegments(x: number, y: number, w: number, h: number, radius = 0): Segment[] {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }];
  const c = r * KAPPA;
  const [right, bottom] = [x + w, y + h];
  return [
    { op: 'M', x: x + r, y },
    { op: 'L', x: right - r, y },
    { op: 'C', x1: right - r + c, y1: y, x2: right, y2: y + r - c, x: right, y: y + r },
    { op: 'L', x: right, y: bottom - r },
    { op: 'C', x1: right, y1: bottom - r + c, x2: right - r + c, y2: bottom, x: right - r, y: bottom },
    { op: 'L', x: x + r, y: bottom },
    { op: 'C', x1: x + r - c, y1: bottom, x2: x, y2: bottom - r + c, x, y: bottom - r },
    { op: 'L', x, y: y + r },
    { op: 'C', x1: x, y1: y + r - c, x2: x + r - c, y2: y, x: x + r, y },
    { op: 'Z' },
  ];
}
