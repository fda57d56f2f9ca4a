import type { Figure } from '@/model/types';

/** Norwegian number format, the same in every renderer: "−63 778", "1 234,5" (no-break space, comma, minus sign). */
export function formatNumber(value: number, decimals = Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
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
