// Closed outlines built from segments: arcs (as SVG draws them, in cubics), ellipses, and
// rectangles with rounded corners, for the steps, the chart dots, the shapes and the icons.
import { closePath, lineTo, moveTo, type Segment } from './pathSegments';

/** An elliptical arc (SVG endpoint form) as cubic curves of at most 90° each (SVG 1.1, appendix F.6). */
export function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): Segment[] {
  let rx = Math.abs(rxIn),
    ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2))
    return x1 === x2 && y1 === y2 ? [] : [{ op: 'L', x: x2, y: y2 }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi),
    sin = Math.sin(phi);
  const dx = (x1 - x2) / 2,
    dy = (y1 - y2) / 2;
  const px = cos * dx + sin * dy,
    py = -sin * dx + cos * dy;
  const lambda = (px * px) / (rx * rx) + (py * py) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px;
  const den = rx * rx * py * py + ry * ry * px * px;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * py) / ry,
    cyp = (-coef * ry * px) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2,
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const vecAngle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = vecAngle(1, 0, (px - cxp) / rx, (py - cyp) / ry);
  let delta = vecAngle((px - cxp) / rx, (py - cyp) / ry, (-px - cxp) / rx, (-py - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) => [
    cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
    cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos,
  ];
  const tangent = (t: number) => [
    -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
    -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos,
  ];
  const out: Segment[] = [];
  for (let p = 0; p < parts; p++) {
    const a = theta1 + p * step,
      b = a + step;
    const [ax, ay] = point(a),
      [bx, by] = point(b),
      [tax, tay] = tangent(a),
      [tbx, tby] = tangent(b);
    const end = p === parts - 1 ? [x2, y2] : [bx, by];
    out.push({ op: 'C', x1: ax + k * tax, y1: ay + k * tay, x2: bx - k * tbx, y2: by - k * tby, x: end[0], y: end[1] });
  }
  return out;
}
const KAPPA = 0.5522847498;

/** A rectangle's outline, with quarter-ellipse corners when it has a radius (as SVG clamps rx to half a side). */
export function getRectSegments(x: number, y: number, w: number, h: number, radius = 0): Segment[] {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0)
    return [
      { op: 'M', x, y },
      { op: 'L', x: x + w, y },
      { op: 'L', x: x + w, y: y + h },
      { op: 'L', x, y: y + h },
      { op: 'Z' },
    ];
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

/** An ellipse as two half arcs from its left end, as SVG path data for a circle usually draws it. */
export function getEllipseSegments(cx: number, cy: number, rx: number, ry: number): Segment[] {
  return [
    moveTo(cx - rx, cy),
    ...arcToCubics(cx - rx, cy, rx, ry, 0, true, false, cx + rx, cy),
    ...arcToCubics(cx + rx, cy, rx, ry, 0, true, false, cx - rx, cy),
    closePath(),
  ];
}

/** A rectangle with its own radius at each corner: top-left, top-right, bottom-right, bottom-left. */
export function getCornerRectSegments(
  x: number,
  y: number,
  w: number,
  h: number,
  [tl, tr, br, bl]: readonly [number, number, number, number],
): Segment[] {
  const corner = (r: number, x0: number, y0: number, x1: number, y1: number) =>
    r > 0 ? arcToCubics(x0, y0, r, r, 0, false, true, x1, y1) : [];
  return [
    moveTo(x + tl, y),
    lineTo(x + w - tr, y),
    ...corner(tr, x + w - tr, y, x + w, y + tr),
    lineTo(x + w, y + h - br),
    ...corner(br, x + w, y + h - br, x + w - br, y + h),
    lineTo(x + bl, y + h),
    ...corner(bl, x + bl, y + h, x, y + h - bl),
    lineTo(x, y + tl),
    ...corner(tl, x, y + tl, x + tl, y),
    closePath(),
  ];
}
