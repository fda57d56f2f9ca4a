import { describe, expect, it } from 'vitest';
import { parsePathData } from './pathData';
import type { Segment } from './pathSegments';
import { getRectSegments } from './pathShapes';

// Moves and lines written as in the path data they come from.
const M = (x: number, y: number): Segment => ({ op: 'M', x, y });
const L = (x: number, y: number): Segment => ({ op: 'L', x, y });
const Z: Segment = { op: 'Z' };
const end = (segments: Segment[]) => segments.filter((s) => s.op !== 'Z').at(-1) as { x: number; y: number };

describe('parsePathData', () => {
  it('reads absolute and relative moves, lines, H and V, and Z back to the start', () => {
    expect(parsePathData('M10 20H30V40L5 5Z')).toEqual([M(10, 20), L(30, 20), L(30, 40), L(5, 5), Z]);
    expect(parsePathData('m1 1 2 2h3v-1z l1,1')).toEqual([M(1, 1), L(3, 3), L(6, 3), L(6, 2), Z, L(2, 2)]);
  });

  it('reads numbers as d3 and other tools write them: signs, exponents, no separators', () => {
    expect(parsePathData('M-1.5-2e1L.5.25')).toEqual([M(-1.5, -20), L(0.5, 0.25)]);
  });

  it('turns C, S, Q and T into cubic curves ending where SVG ends them', () => {
    const [, c, s] = parsePathData('M0 0C0 10 10 10 10 0S20 -10 20 0');
    expect(c).toEqual({ op: 'C', x1: 0, y1: 10, x2: 10, y2: 10, x: 10, y: 0 });
    expect(s).toEqual({ op: 'C', x1: 10, y1: -10, x2: 20, y2: -10, x: 20, y: 0 });
    const [, q, t] = parsePathData('M0 0Q15 30 30 0T60 0');
    expect(q).toMatchObject({ x1: 10, y1: 20, x2: 20, y2: 20, x: 30, y: 0 });
    expect(t).toMatchObject({ x1: 40, y1: -20, x: 60, y: 0 });
  });

  it('reads a circle drawn as two arcs as cubic curves on the circle', () => {
    const segments = parsePathData('M40 50A10 10 0 1 0 60 50A10 10 0 1 0 40 50Z');
    const curves = segments.filter((s) => s.op === 'C');
    expect(curves.length).toBeGreaterThanOrEqual(4);
    for (const c of curves) if (c.op === 'C') expect(Math.hypot(c.x - 50, c.y - 50)).toBeCloseTo(10, 6);
    expect(end(segments)).toEqual({ op: 'C', ...end(segments), x: 40, y: 50 });
  });

  it('keeps what came before a malformed command, as browsers do', () => {
    expect(parsePathData('M0 0L10 10L5')).toEqual([M(0, 0), L(10, 10)]);
    expect(parsePathData('')).toEqual([]);
    expect(parsePathData('L5 5')).toEqual([]);
  });
});

describe('getRectSegments', () => {
  it('is four lines without a radius and clamps the radius to half the shorter side', () => {
    expect(getRectSegments(0, 0, 10, 5).filter((s) => s.op === 'L')).toHaveLength(3);
    const rounded = getRectSegments(0, 0, 10, 4, 100);
    expect(rounded[0]).toEqual(M(2, 0));
    expect(rounded.filter((s) => s.op === 'C')).toHaveLength(4);
  });
});
