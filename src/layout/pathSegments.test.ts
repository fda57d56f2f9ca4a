import { describe, expect, it } from 'vitest';
import {
  closePath,
  curveTo,
  getSegmentBounds,
  lineTo,
  mapSegments,
  moveTo,
  polyline,
  quadTo,
  translateSegments,
} from './pathSegments';
import { getCornerRectSegments, getEllipseSegments } from './pathShapes';
import { getPathPolygons, isInsidePolygons } from './pathPolygons';
import { getCurveSegments } from './curveSegments';

describe('path segments', () => {
  it('builds a closed polyline from points, and nothing from none', () => {
    expect(
      polyline(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 5 },
        ],
        true,
      ),
    ).toEqual([moveTo(0, 0), lineTo(10, 0), lineTo(10, 5), closePath()]);
    expect(
      polyline([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ]),
    ).toEqual([moveTo(1, 2), lineTo(3, 4)]);
    expect(polyline([])).toEqual([]);
  });

  it('moves every point, control points included, and keeps closes', () => {
    const path = [moveTo(0, 0), curveTo(1, 2, 3, 4, 5, 6), lineTo(7, 8), closePath()];
    expect(translateSegments(path, 10, 100)).toEqual([
      moveTo(10, 100),
      curveTo(11, 102, 13, 104, 15, 106),
      lineTo(17, 108),
      closePath(),
    ]);
    expect(mapSegments(path, (x, y) => [x * 2, -y])[1]).toEqual(curveTo(2, -2, 6, -4, 10, -6));
  });

  it('bounds the ends and the control points; no box for an empty path', () => {
    expect(getSegmentBounds([moveTo(10, 20), curveTo(0, 50, 40, -5, 30, 20), closePath()])).toEqual({
      x: 0,
      y: -5,
      w: 40,
      h: 55,
    });
    expect(getSegmentBounds([closePath()])).toBeUndefined();
  });

  it('turns a quadratic curve into the cubic with the same shape (its middle at the same point)', () => {
    const c = quadTo(0, 0, 10, 20, 20, 0);
    if (c.op !== 'C') throw new Error('not a cubic');
    // Midpoint of the quadratic: (0 + 2*10 + 20) / 4, (0 + 2*20 + 0) / 4 = (10, 10); of the cubic: (p0 + 3 c1 + 3 c2 + p3) / 8.
    expect((0 + 3 * c.x1 + 3 * c.x2 + 20) / 8).toBeCloseTo(10, 9);
    expect((0 + 3 * c.y1 + 3 * c.y2 + 0) / 8).toBeCloseTo(10, 9);
  });
});

describe('shapes made of segments', () => {
  it('draws an ellipse whose curve ends stay on the ellipse and whose polygon holds its centre', () => {
    const ellipse = getEllipseSegments(50, 40, 20, 10);
    for (const s of ellipse)
      if (s.op === 'C') expect(((s.x - 50) / 20) ** 2 + ((s.y - 40) / 10) ** 2).toBeCloseTo(1, 6);
    expect(getSegmentBounds(ellipse)).toMatchObject({ x: 30, w: 40 });
    const polygons = getPathPolygons(ellipse);
    expect(isInsidePolygons(polygons, 50, 40)).toBe(true);
    expect(isInsidePolygons(polygons, 50, 52)).toBe(false);
    expect(isInsidePolygons(polygons, 68, 40)).toBe(true);
  });

  it('rounds only the corners given a radius', () => {
    const tile = getCornerRectSegments(0, 0, 100, 50, [10, 0, 0, 10]);
    expect(tile.filter((s) => s.op === 'C')).toHaveLength(2);
    expect(tile[0]).toEqual(moveTo(10, 0));
    const polygons = getPathPolygons(tile);
    // The square top-right corner is inside; the rounded top-left corner's tip is cut away.
    expect(isInsidePolygons(polygons, 99, 1)).toBe(true);
    expect(isInsidePolygons(polygons, 1, 1)).toBe(false);
  });

  it('records a chart curve from d3-shape as segments through every point', () => {
    const points = [
      { x: 0, y: 50 },
      { x: 40, y: 30 },
      { x: 80, y: 10 },
    ];
    const smooth = getCurveSegments(points, 'smooth');
    expect(smooth[0]).toEqual(moveTo(0, 50));
    expect(smooth.slice(1).map((s) => s.op)).toEqual(['C', 'C']);
    expect(smooth.slice(1).map((s) => (s.op === 'C' ? [s.x, s.y] : []))).toEqual([
      [40, 30],
      [80, 10],
    ]);
    expect(getCurveSegments(points, 'straight')).toEqual(polyline(points));
    expect(getCurveSegments([], 'smooth')).toEqual([]);
  });
});
