import { expect, it } from 'vitest';
import { round } from './round';

it('rounds to two decimals unless told otherwise, half away from zero as Math.round does', () => {
  expect(round(1.23456)).toBe(1.23);
  expect(round(1.235, 3)).toBe(1.235);
  expect(round(1.23456, 3)).toBe(1.235);
  expect(round(12.34, 1)).toBe(12.3);
  expect(round(0.123456789, 7)).toBe(0.1234568);
  expect(round(-1.005)).toBe(-1);
  expect(round(7)).toBe(7);
});
