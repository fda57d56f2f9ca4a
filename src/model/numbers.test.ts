import { expect, test } from 'vitest';
import { formatFigureValue, formatNumber, formatSignedPercent, parseNorwegianNumber } from './numbers';

test.each([
  ['1 234,5', 1234.5],
  ['1\u00a0234,5', 1234.5],
  ['1\u202f234', 1234],
  ['1.234,5', 1234.5],
  ['1.234.567', 1234567],
  ['182 718', 182718],
  ['−63 778', -63778],
  ['-5 652', -5652],
  ['–8', -8],
  ['- 8', -8],
  ['+12', 12],
  ['(5 652)', -5652],
  ['12 %', 12],
  ['12%', 12],
  ['−8 %', -8],
  ['0,25', 0.25],
  [',5', 0.5],
  ['182718', 182718],
  ['3.5', 3.5],
  ['12,5 mill.', 12.5],
  ['12,5 mill. kr', 12.5],
  ['1 160 1000 kr', 1160],
  ['kr 1 234,-', 1234],
  ['1 234 kr', 1234],
  [' 42 ', 42],
  ['0', 0],
  ['-0', 0],
])('reads %j as %d', (text, value) => {
  expect(parseNorwegianNumber(text)).toBe(value);
});

test.each(['', '  ', '-', '–', '−', '--', '\u00a0'])('reads %j as no value', (text) => {
  expect(parseNorwegianNumber(text)).toBeNull();
});

test.each(['abc', '12a', '1,2,3', '--4', 'Trinn 1', '12 34,5,6', '%', 'mill.', '1.23.4', '()'])(
  'does not read %j',
  (text) => {
    expect(parseNorwegianNumber(text)).toBeUndefined();
  },
);

test('formats and reads back the same number', () => {
  for (const value of [-63778, 0, 1057, 182718, 12.5, -0.25, 1234567.5])
    expect(parseNorwegianNumber(formatNumber(value))).toBe(value);
});

test('formats in Norwegian: no-break space groups, comma, the minus sign', () => {
  expect(formatNumber(-63778)).toBe('\u221263\u00a0778');
  expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
  expect(formatNumber(-0.001)).toBe('0');
});

test('a signed change in per cent says its direction', () => {
  expect(formatSignedPercent(12.4)).toBe('+12\u00a0%');
  expect(formatSignedPercent(-7.6)).toBe('\u22128\u00a0%');
  expect(formatSignedPercent(0.2)).toBe('0\u00a0%');
});

test.each([
  [182718, '1000 kr', '182,7\u00a0mill.\u00a0kr'],
  [-63778, '1 000 kr', '\u221263,8\u00a0mill.\u00a0kr'],
  [1160, 'tusen kr', '1,2\u00a0mill.\u00a0kr'],
  [34, '1000 kr', '34\u00a0000\u00a0kr'],
  [12.5, '%', '12,5 %'],
  [1234, 'mill. kr', '1\u00a0234 mill. kr'],
  [null, '1000 kr', '–'],
])('a figure of %s in %s is written %s', (value, unit, written) => {
  expect(formatFigureValue({ id: 'f', kind: 'totalCost', label: '', series: '', value, unit })).toBe(written);
});
