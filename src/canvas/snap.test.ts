import { describe, expect, it } from 'vitest';
import { snapBox } from './snap';

describe('snapBox', () => {
  const other = { x: 100, y: 100, w: 50, h: 20 };

  it('lines a left edge up with another box and draws a vertical helper line through both', () => {
    const result = snapBox({ x: 103, y: 200, w: 30, h: 30 }, [other], { threshold: 5 });
    expect(result.dx).toBe(-3);
    expect(result.lines).toEqual([{ axis: 'x', at: 100, from: 100, to: 230 }]);
  });

  it('lines centres up, and picks the closest candidate', () => {
    // Centre 125 + shift: box centre at 123 → 2 away; its right edge 138 is 12 from 150.
    const result = snapBox({ x: 108, y: 300, w: 30, h: 10 }, [other], { threshold: 5 });
    expect(result.dx).toBe(2);
    expect(result.lines[0]).toMatchObject({ axis: 'x', at: 125 });
  });

  it('snaps both axes on their own', () => {
    const result = snapBox({ x: 151, y: 118, w: 20, h: 20 }, [other], { threshold: 4 });
    expect([result.dx, result.dy]).toEqual([-1, 2]);
    expect(result.lines.map((l) => l.axis)).toEqual(['x', 'y']);
  });

  it('falls back to the grid, without helper lines, and leaves a far box alone', () => {
    expect(snapBox({ x: 47, y: 62, w: 10, h: 10 }, [other], { threshold: 4, grid: 10 })).toEqual({
      dx: 3,
      dy: -2,
      lines: [],
    });
    expect(snapBox({ x: 45, y: 500, w: 10, h: 10 }, [other], { threshold: 4, grid: 10 })).toEqual({
      dx: 0,
      dy: 0,
      lines: [],
    });
    expect(snapBox({ x: 400, y: 500, w: 10, h: 10 }, [other], { threshold: 4 })).toEqual({ dx: 0, dy: 0, lines: [] });
  });
});
