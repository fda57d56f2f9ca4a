import type { Figure } from '@/model/types';

/** Norwegian number format, the same in every renderer: "−63 778", "1 234,5" (no-break space, comma, minus sign). */
export function formatNumber(value: number, decimals?: number): string {
  // Without a set number of decimals: up to two, with trailing zeros dropped (12,5 not 12,50).
  const fixed = decimals === undefined ? String(Math.round(Math.abs(value) * 100) / 100) : Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${value < 0 ? '\u2212' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A figure's value with its unit, or a dash when it has none: missing is never shown as 0. */
export function formatFigureValue(figure: Figure): string {
  if (figure.value === null) return '–';
  const unit = figure.unit.trim();
  return unit === '%' ? `${formatNumber(figure.value)} %` : `${formatNumber(figure.value)}${unit ? ` ${unit}` : ''}`;
}

export function createFigureFormatter(labelOf: (figure: Figure) => string) {
  return (figure: Figure) => ({ label: [labelOf(figure), figure.series].filter(Boolean).join(' '), value: formatFigureValue(figure) });
}

/**
 * Reads a number as Norwegians write it: "1 234,5", "1.234,5", "−63 778", "12 %". Blank and "-"
 * mean no value (null); anything else unreadable is undefined, so the caller can say so.
 */
export function parseNorwegianNumber(text: string): number | null | undefined {
  let s = text.trim().replace(/[\u2212\u2013]/g, '-').replace(/%$/, '').trim();
  if (s === '' || s === '-' || s === '–') return null;
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  // A dot followed by exactly three digits (and more groups) is a thousands separator.
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}
