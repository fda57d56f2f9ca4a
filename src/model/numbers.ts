import { round } from './round';
import type { Figure } from '@/model/types';

/** Norwegian number format, the same in every renderer: "−63 778", "1 234,5" (no-break space, comma, minus sign). */
export function formatNumber(value: number, decimals?: number): string {
  // Without a set number of decimals: up to two, with trailing zeros dropped (12,5 not 12,50).
  const fixed = decimals === undefined ? String(round(Math.abs(value))) : Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '\u2212' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A signed change in per cent, "+12 %" or "−8 %", rounded to whole per cent. */
export function formatSignedPercent(value: number): string {
  const rounded = Math.round(value);
  return `${rounded > 0 ? '+' : ''}${formatNumber(rounded)}\u00a0%`;
}

const thousandKroner = /^(1\s?000|tusen)\s*kr\.?$/i;

/**
 * A figure's value with its unit, or a dash when it has none: missing is never shown as 0. A value
 * in thousands of kroner is written in kroner or millions, since "182 718 1000 kr" reads as one number.
 */
export function formatFigureValue(figure: Figure): string {
  if (figure.value === null) return '–';
  const unit = figure.unit.trim();
  if (thousandKroner.test(unit)) {
    const kroner = figure.value * 1000;
    return Math.abs(kroner) >= 1_000_000
      ? `${formatNumber(kroner / 1_000_000, 1)}\u00a0mill.\u00a0kr`
      : `${formatNumber(kroner)}\u00a0kr`;
  }
  return unit === '%' ? `${formatNumber(figure.value)} %` : `${formatNumber(figure.value)}${unit ? ` ${unit}` : ''}`;
}

export function createFigureFormatter(labelOf: (figure: Figure) => string) {
  return (figure: Figure) => ({
    label: [labelOf(figure), figure.series].filter(Boolean).join(' '),
    value: formatFigureValue(figure),
  });
}

// Minus as typed, as typeset (U+2212) and as the dashes spreadsheets and word processors put in its place.
const minusSigns = /[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]/g;
const spaces = /[\s\u00a0\u2007\u2009\u202f]/g;
// Units written after (or "kr" before) the number; they say nothing about its value here.
const unitSuffix = /\s*(%|prosent|(?:1\s?000|tusen)\s*kr\.?|(?:mill|mrd)\.?(?:\s*kr\.?)?|kr\.?|nok|,-)$/i;
const unitPrefix = /^(kr\.?|nok)\s*/i;

/**
 * Reads a number as Norwegians write it: "1 234,5", "1.234,5", "−63 778", "12 %", "12,5 mill.",
 * "kr 1 234,-", "(5 652)". Blank and "-" mean no value (null); anything else unreadable is
 * undefined, so the caller can say so.
 */
export function parseNorwegianNumber(text: string): number | null | undefined {
  let s = text.trim().replace(minusSigns, '-');
  if (s === '' || /^-+$/.test(s) || /^(n\/?a|i\.?t\.?)$/i.test(s)) return null;
  s = s.replace(unitPrefix, '').replace(unitSuffix, '').trim();
  if (s === '') return undefined;
  // Accounts write a negative amount in brackets.
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) s = `-${bracketed[1]}`;
  s = s.replace(/^([+-])\s+/, '$1').replace(spaces, '');
  // A dot followed by exactly three digits (and more groups) is a thousands separator.
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const value = Number(s);
  return Object.is(value, -0) ? 0 : value;
}
