import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import { pageSizes } from '@/model/schema';
import { getDefaultExportOptions, readStoredOptions } from './options';
import { getPngDpi, getPngSize } from './rasterPng';
import { placeScene } from './placement';

const doc = createBlankDocument({ steps: 3, language: 'nb', size: 'A3', orientation: 'landscape' });
const defaults = getDefaultExportOptions(doc);

describe('export options', () => {
  it('re-lays for the paper by default; PNG by resolution, opaque; SVG text as text', () => {
    expect(defaults).toMatchObject({ relayout: true, pixelWidth: 0, transparent: false, outlines: false });
  });

  it('reads back what was remembered, and falls back for anything a PNG or the dialog cannot have', () => {
    const stored = JSON.stringify({
      ...defaults,
      format: 'png',
      pixelWidth: 2000,
      transparent: true,
      outlines: true,
      relayout: false,
    });
    expect(readStoredOptions(stored, defaults, pageSizes)).toMatchObject({
      format: 'png',
      pixelWidth: 2000,
      transparent: true,
      outlines: true,
      relayout: false,
    });
    const odd = JSON.stringify({ pixelWidth: 99_999, transparent: 'yes', relayout: null });
    expect(readStoredOptions(odd, defaults, pageSizes)).toMatchObject({
      pixelWidth: 0,
      transparent: false,
      relayout: true,
    });
  });

  it('a pixel width is a resolution on the paper, and the PNG is exactly that wide', () => {
    const placement = placeScene(
      { width: 1190.55, height: 841.89 },
      { paper: doc.page, marginMm: 0, bleedMm: 0, cropMarks: false },
    );
    const dpi = getPngDpi({ dpi: 150, pixelWidth: 2000 }, placement);
    expect(dpi).toBeCloseTo(120.95, 2);
    expect(getPngSize(placement, dpi)).toMatchObject({ width: 2000, height: 1414, reduced: false });
    expect(getPngDpi({ dpi: 150, pixelWidth: 0 }, placement)).toBe(150);
  });
});
