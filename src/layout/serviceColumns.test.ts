import { describe, expect, it } from 'vitest';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { fitTwoColumns } from './serviceColumns';
import type { TextBox } from './wrap';

const measurer = getNodeMeasurer();
const bullet = '•\u00a0';
const box = (changes: Partial<TextBox> = {}): TextBox => ({
  face: { family: 'Source Sans 3', weight: 400 },
  size: 14,
  minSize: 7,
  lineHeight: 1.15,
  maxWidth: 260,
  maxHeight: 2 * 14 * 1.15,
  hanging: bullet,
  ...changes,
});
const entries = ['Omsorgsbolig', 'Bemannet bolig', 'Brukerstyrt personlig assistanse'].map((s) => bullet + s);

describe('fitTwoColumns', () => {
  it('keeps every service to one line of its column where some size allows it, though wrapping would allow larger type', () => {
    const fitted = fitTwoColumns(measurer, entries, box())!;
    expect(fitted.lines).toEqual(entries);
    expect(fitted.columns.rows).toBe(2);
    // At the size it chose, the long service stands whole in its column.
    expect(measurer.width(entries[2], fitted.face, fitted.size)).toBeLessThanOrEqual(
      (260 - fitted.columns.gap) / 2 + 1e-9,
    );
    // Wrapped, it would have been larger.
    expect(fitTwoColumns(measurer, entries, box({ minSize: fitted.size + 0.5 }))).toBeDefined();
  });

  it('wraps a long service inside its column, under its own text, where one line each fits at no size', () => {
    const fitted = fitTwoColumns(measurer, entries, box({ maxWidth: 160, maxHeight: 3 * 14 * 1.15, minSize: 10 }))!;
    expect(fitted.lines.length).toBeGreaterThan(entries.length);
    const continued = fitted.lines.findIndex((line) => !line.startsWith(bullet));
    expect(fitted.indents![continued]).toBeCloseTo(measurer.width(bullet, fitted.face, fitted.size), 9);
    // The taller column fits the height, and no service is split between the columns.
    expect(fitted.height).toBeLessThanOrEqual(3 * 14 * 1.15 + 1e-6);
    expect(fitted.lines[fitted.columns.rows].startsWith(bullet)).toBe(true);
  });

  it('gives up where even wrapped columns do not fit', () => {
    expect(fitTwoColumns(measurer, entries, box({ maxWidth: 60, maxHeight: 14, minSize: 10 }))).toBeUndefined();
  });
});
