import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curveLinear, curveMonotoneX, line } from 'd3-shape';
import { traceCurve, type CurveContext, type Point } from './curve';

type Call = [string, ...number[]];

function recorder(calls: Call[]): CurveContext {
  return {
    moveTo: (...a) => void calls.push(['M', ...a]),
    lineTo: (...a) => void calls.push(['L', ...a]),
    bezierCurveTo: (...a) => void calls.push(['C', ...a]),
    closePath: () => void calls.push(['Z']),
  };
}

const ours = (points: Point[], style: 'smooth' | 'straight') => {
  const calls: Call[] = [];
  traceCurve(points, style, recorder(calls));
  return calls;
};

// d3-shape (a dev dependency only) is the reference the curve was written against.
const d3 = (points: Point[], style: 'smooth' | 'straight') => {
  const calls: Call[] = [];
  if (points.length === 0) return calls;
  line<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(style === 'smooth' ? curveMonotoneX : curveLinear)
    .context(recorder(calls) as unknown as CanvasRenderingContext2D)(points);
  return calls;
};

const expectSame = (actual: Call[], expected: Call[]) => {
  expect(actual.map((c) => c[0])).toEqual(expected.map((c) => c[0]));
  actual.forEach((call, i) => call.slice(1).forEach((v, j) => expect(v).toBeCloseTo(expected[i][j + 1] as number, 9)));
};

// A chart's points: x rising from left to right, any y.
const series = fc
  .array(
    fc.record({
      dx: fc.double({ min: 0.5, max: 200, noNaN: true }),
      y: fc.oneof(fc.double({ min: -500, max: 500, noNaN: true }), fc.constantFrom(0, 10, 100)),
    }),
    { minLength: 0, maxLength: 14 },
  )
  .map((steps) => steps.reduce<Point[]>((acc, s) => [...acc, { x: (acc.at(-1)?.x ?? 0) + s.dx, y: s.y }], []));

describe('traceCurve', () => {
  it('makes the calls d3-shape makes for a smooth (monotone) and a straight curve', () => {
    fc.assert(
      fc.property(series, fc.constantFrom<'smooth' | 'straight'>('smooth', 'straight'), (points, style) =>
        expectSame(ours(points, style), d3(points, style)),
      ),
      { numRuns: 500 },
    );
  });

  it('handles one point, two points, a repeated point and flat stretches as d3-shape does', () => {
    const cases: Point[][] = [
      [{ x: 5, y: 5 }],
      [
        { x: 0, y: 0 },
        { x: 10, y: 4 },
      ],
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 10, y: 4 },
        { x: 20, y: 1 },
      ],
      [
        { x: 0, y: 3 },
        { x: 10, y: 3 },
        { x: 20, y: 3 },
        { x: 30, y: 8 },
        { x: 40, y: 8 },
      ],
    ];
    for (const points of cases)
      for (const style of ['smooth', 'straight'] as const) expectSame(ours(points, style), d3(points, style));
  });

  it('never overshoots: between two points of a rising series the curve rises', () => {
    const calls = ours(
      [
        { x: 0, y: 0 },
        { x: 10, y: 1 },
        { x: 20, y: 50 },
        { x: 30, y: 51 },
      ],
      'smooth',
    );
    for (const [kind, , y1, , y2, , y] of calls.slice(1))
      if (kind === 'C') expect([y1, y2, y].every((v, i, a) => i === 0 || v >= a[i - 1] - 1e-9)).toBe(true);
  });
});
