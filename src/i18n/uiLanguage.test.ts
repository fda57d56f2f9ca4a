import { expect, test } from 'vitest';
import { pickUiLanguage } from './uiLanguage';
import { formatDateTime } from './formatDate';

test('a saved choice wins over the browser', () => {
  expect(pickUiLanguage('en', ['nn-NO'])).toBe('en');
  expect(pickUiLanguage('nn', ['en-US'])).toBe('nn');
});

test('the browser language decides otherwise: nynorsk only when asked for, other Norwegian is bokmål', () => {
  expect(pickUiLanguage(null, ['nn-NO', 'nb'])).toBe('nn');
  expect(pickUiLanguage(null, ['nb-NO'])).toBe('nb');
  expect(pickUiLanguage(null, ['no'])).toBe('nb');
  expect(pickUiLanguage(null, ['en-GB'])).toBe('en');
  expect(pickUiLanguage(null, ['de-DE', 'en'])).toBe('en');
  expect(pickUiLanguage(null, ['sv-SE'])).toBe('nb');
  expect(pickUiLanguage('fr', [])).toBe('nb');
});

test('Norwegian dates are day.month.year in bokmål and nynorsk', () => {
  const date = new Date(2026, 10, 23, 14, 5);
  expect(formatDateTime(date, 'nb-NO')).toBe('23.11.2026 14:05');
  expect(formatDateTime(date, 'nn-NO')).toBe('23.11.2026 14:05');
});
