import { expect, it } from 'vitest';
import { getPathPolygons, isInsidePolygons } from './pathPolygons';
import { parsePathData } from './pathData';

it('reads arcs as curves: a dot drawn as two half circles has its centre inside', () => {
  const dot = getPathPolygons(parsePathData('M10 20A10 10 0 1 1 30 20A10 10 0 1 1 10 20Z'));
  expect(isInsidePolygons(dot, 20, 20)).toBe(true);
  expect(isInsidePolygons(dot, 20, 8)).toBe(false);
});

it('closes each subpath, with even-odd holes, and reads relative and shorthand commands', () => {
  const ring = getPathPolygons(parsePathData('M0 0H100V100H0Z M25 25h50v50h-50z'));
  expect(isInsidePolygons(ring, 10, 10)).toBe(true);
  expect(isInsidePolygons(ring, 50, 50)).toBe(false);
  expect(isInsidePolygons(getPathPolygons(parsePathData('M0 0L10 0')), 5, 0)).toBe(false);
});
