// Damaged fonts are refused when they are read, with a reason, and never throw later while text is measured.
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from '@/layout/ttf';
import { readFontFileInfo } from '@/layout/userFonts';
import { makeDamagedFonts, readShippedFont } from '../hostile/hostileBytes.mjs';

const damaged = makeDamagedFonts();

describe('damaged fonts', () => {
  it.each([
    'truncated-half',
    'truncated-directory',
    'truncated-tail',
    'units-per-em-0',
    'hmetrics-0',
    'hmtx-outside',
    'cmap-outside',
    'all-zero',
    'random',
  ])('%s is refused when read', (name) => {
    expect(() => readFontMetrics(damaged[name])).toThrow(Error);
    const info = readFontFileInfo(damaged[name]);
    expect(info).toHaveProperty('problem');
    expect(['notFont', 'damaged', 'noUnicode', 'cffOutlines']).toContain((info as { problem: string }).problem);
  });

  it.each(Object.keys(damaged))('%s: a font that is read measures every character without throwing', (name) => {
    let metrics: ReturnType<typeof readFontMetrics>;
    try {
      metrics = readFontMetrics(damaged[name]);
    } catch {
      return;
    }
    expect(metrics.unitsPerEm).toBeGreaterThan(0);
    for (let codePoint = 0; codePoint < 0x3000; codePoint++) expect(() => metrics.advance(codePoint)).not.toThrow();
  });

  it('the shipped font still reads, with its real metrics', () => {
    const metrics = readFontMetrics(readShippedFont());
    expect(metrics.unitsPerEm).toBe(1000);
    expect(metrics.advance('a'.codePointAt(0)!)).toBeGreaterThan(300);
  });
});
