import { expect, test } from 'vitest';
import { formatNumber, parseNorwegianNumber } from './numbers';

test.each([
  ['1 234,5', 1234.5],
  ['1\u00a0234,5', 1234.5],
  ['1\u202f234', 1234],
  ['1.234,5', 1234.5],
  ['−63 778', -63778],
  ['-5 652', -5652],
  ['12 %', 12],
  ['0,25', 0.25],
  ['182718', 182718],
  ['3.5', 3.5],
])('reads %s as %d', (text, value) => {
  expect(parseNorwegianNumber(text)).toBe(value);
});

test.each(['', '  ', '-', '–'])('reads %j as no value', (text) => {
  expect(parseNorwegianNumber(text)).toBeNull();
});

test.each(['abc', '12a', '1,2,3', '--4'])('does not read %j', (text) => {
  expect(parseNorwegianNumber(text)).toBeUndefined();
});

test('formats and reads back the same number', () => {
  for (const value of [-63778, 0, 1057, 182718, 12.5]) expect(parseNorwegianNumber(formatNumber(value))).toBe(value);
});
