// Connector routing: each end resolved to where it is now (the box of what it is attached to, or its
// own point), the route drawn straight, elbowed or curved between them, clipped to the boxes' edges.
import type { ConnectorEnd, FreeElement } from '@/model/types';
import type { Box } from './geometry';
import { round } from '@/model/round';
import { curveTo, moveTo, polyline, type Segment } from './pathSegments';

export type Point = { x: number; y: number };
/** The current box of what an end can attach to, by `${kind}:${id}` (e.g. "element:e1", "step:s3"). */
export type AttachTargets = (key: string) => Box | undefined;
export type Connector = Extract<FreeElement, { kind: 'arrow' }>;

export type ConnectorRoute = {
  /** The path along the route, from end to end; arrow heads are drawn over its ends. */
  points: Point[];
  /** For a curved route: the two control points of the one cubic from the first point to the last. */
  controls?: [Point, Point];
  /** Where the label sits (its centre). */
  middle: Point;
};

const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

function resolveEnd(end: ConnectorEnd, targets: AttachTargets): { point: Point; box?: Box } {
  const box = end.attach ? targets(`${end.attach.kind}:${end.attach.id}`) : undefined;
  return box ? { point: centre(box), box } : { point: { x: end.x, y: end.y } };
}

/** Where the ray from the box's centre towards `toward` leaves the box; the centre if `toward` is inside. */
export function clipToBox(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const tx = dx === 0 ? Infinity : box.w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : box.h / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  if (!Number.isFinite(t) || t >= 1) return c;
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** The middle of the box's side facing the other end, for elbow and curved routes. */
function sidePoint(box: Box, horizontal: boolean, toward: Point): Point {
  const c = centre(box);
  if (horizontal) return { x: toward.x >= c.x ? box.x + box.w : box.x, y: c.y };
  return { x: c.x, y: toward.y >= c.y ? box.y + box.h : box.y };
}

const pointBox = (p: Point): Box => ({ x: p.x, y: p.y, w: 0, h: 0 });

/** Whether two boxes are further apart side by side than one above the other: then the route leaves and enters by the sides. */
function isSideBySide(a: Box, b: Box): boolean {
  const across = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
  const down = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
  return across >= down;
}

export function routeConnector(connector: Connector, targets: AttachTargets): ConnectorRoute {
  const from = resolveEnd(connector.from, targets);
  const to = resolveEnd(connector.to, targets);
  const routing = connector.routing ?? 'straight';
  if (routing === 'straight') {
    const a = from.box ? clipToBox(from.box, to.point) : from.point;
    const b = to.box ? clipToBox(to.box, a) : to.point;
    const start = from.box ? clipToBox(from.box, b) : a;
    return { points: [start, b], middle: { x: (start.x + b.x) / 2, y: (start.y + b.y) / 2 } };
  }
  const horizontal = isSideBySide(from.box ?? pointBox(from.point), to.box ?? pointBox(to.point));
  const a = from.box ? sidePoint(from.box, horizontal, to.point) : from.point;
  const b = to.box ? sidePoint(to.box, horizontal, from.point) : to.point;
  if (routing === 'curved') {
    const pull = horizontal ? (b.x - a.x) / 2 : (b.y - a.y) / 2;
    const c1 = horizontal ? { x: a.x + pull, y: a.y } : { x: a.x, y: a.y + pull };
    const c2 = horizontal ? { x: b.x - pull, y: b.y } : { x: b.x, y: b.y - pull };
    // The point of the cubic at t = 1/2.
    const middle = { x: (a.x + 3 * c1.x + 3 * c2.x + b.x) / 8, y: (a.y + 3 * c1.y + 3 * c2.y + b.y) / 8 };
    return { points: [a, b], controls: [c1, c2], middle };
  }
  const bend = horizontal ? (a.x + b.x) / 2 : (a.y + b.y) / 2;
  const p1 = horizontal ? { x: bend, y: a.y } : { x: a.x, y: bend };
  const p2 = horizontal ? { x: bend, y: b.y } : { x: b.x, y: bend };
  const points = [a, p1, p2, b].filter((p, i, all) => i === 0 || p.x !== all[i - 1].x || p.y !== all[i - 1].y);
  return { points, middle: { x: (p1.x + p2.x) / 2, y: (p1.y + p2.y) / 2 } };
}

/** The direction pointing out of the route at one end (arriving at `to`, backwards out of `from`), as a unit vector. */
export function getEndDirection(route: ConnectorRoute, end: 'from' | 'to'): Point {
  const { points, controls } = route;
  const last = end === 'to' ? points[points.length - 1] : points[0];
  const before = controls
    ? end === 'to'
      ? controls[1]
      : controls[0]
    : end === 'to'
      ? points[points.length - 2]
      : points[1];
  let dx = last.x - before.x;
  let dy = last.y - before.y;
  if (dx === 0 && dy === 0) {
    // A curve whose control point sits on its end: fall back to the chord.
    const other = end === 'to' ? points[0] : points[points.length - 1];
    dx = last.x - other.x;
    dy = last.y - other.y;
  }
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

/** The route as a path, each end pulled back by `inset` where an arrow head covers it. */
export function getRoutePath(route: ConnectorRoute, inset: { from: number; to: number }): Segment[] {
  const points = route.points.map((p) => ({ ...p }));
  const pull = (end: 'from' | 'to', by: number) => {
    if (by <= 0) return;
    const d = getEndDirection(route, end);
    const p = end === 'to' ? points[points.length - 1] : points[0];
    p.x -= d.x * by;
    p.y -= d.y * by;
  };
  pull('from', inset.from);
  pull('to', inset.to);
  const [first, ...rest] = points;
  if (route.controls) {
    const [c1, c2] = route.controls;
    const last = points[points.length - 1];
    return [
      moveTo(round(first.x), round(first.y)),
      curveTo(round(c1.x), round(c1.y), round(c2.x), round(c2.y), round(last.x), round(last.y)),
    ];
  }
  return polyline([first, ...rest].map((p) => ({ x: round(p.x), y: round(p.y) })));
}

/** A filled arrow head with its tip on the route's end. */
export function getHeadPath(route: ConnectorRoute, end: 'from' | 'to', size: number): Segment[] {
  const tip = end === 'to' ? route.points[route.points.length - 1] : route.points[0];
  const d = getEndDirection(route, end);
  const bx = tip.x - d.x * size;
  const by = tip.y - d.y * size;
  const wx = -d.y * size * 0.45;
  const wy = d.x * size * 0.45;
  const corners = [tip, { x: bx + wx, y: by + wy }, { x: bx - wx, y: by - wy }];
  return polyline(
    corners.map((p) => ({ x: round(p.x), y: round(p.y) })),
    true,
  );
}
