import { expect, it } from 'vitest';
import { closePath, curveTo, lineTo, moveTo } from '@/layout/pathSegments';
import { parsePathData } from '@/layout/pathData';
import { getEllipseSegments } from '@/layout/pathShapes';
import { formatPathData } from './formatPathData';

it('writes segments as absolute SVG path data, rounded to thousandths', () => {
  expect(formatPathData([moveTo(0, 0), lineTo(10.123456, -5), curveTo(1, 2, 3, 4, 5, 6), closePath()])).toBe(
    'M0 0L10.123 -5C1 2 3 4 5 6Z',
  );
  expect(formatPathData([])).toBe('');
});

it('reads back as the same segments (to the rounding)', () => {
  const ellipse = getEllipseSegments(12.5, 30, 7, 3);
  const back = parsePathData(formatPathData(ellipse));
  expect(back).toHaveLength(ellipse.length);
  back.forEach((s, i) => {
    const original = ellipse[i];
    expect(s.op).toBe(original.op);
    if (s.op !== 'Z' && original.op !== 'Z') {
      expect(s.x).toBeCloseTo(original.x, 3);
      expect(s.y).toBeCloseTo(original.y, 3);
    }
  });
});
