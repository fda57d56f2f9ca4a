import { describe, expect, it } from 'vitest';
import { readShippedFontBytes, getNodeMeasurer } from '../../export/nodeFonts';
import { getFontKey, shippedFonts } from './fonts';
import { readFontMetrics } from './ttf';

const bytes = readShippedFontBytes();
const fontFile = (weight: 400 | 600 | 700) => bytes.get(getFontKey({ family: 'Source Sans 3', weight }))!;
const advance = (weight: 400 | 600 | 700, char: string) =>
  readFontMetrics(fontFile(weight)).advance(char.codePointAt(0)!);

describe('readFontMetrics on the shipped Source Sans 3', () => {
  it.each(shippedFonts.map((f) => f.weight))('weight %i has plausible vertical metrics', (weight) => {
    const font = readFontMetrics(fontFile(weight));
    expect(font.unitsPerEm).toBe(1000);
    expect(font.ascender).toBeGreaterThan(700);
    expect(font.ascender).toBeLessThan(1200);
    expect(font.descender).toBeLessThan(-150);
    expect(font.descender).toBeGreaterThan(-500);
    expect(font.capHeight).toBeGreaterThan(550);
    expect(font.capHeight).toBeLessThan(font.ascender);
  });

  it.each([...'æøåÆØÅ«»–—’ '])('has a glyph for %j', (char) => {
    const width = advance(400, char);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(1500);
  });

  it.each(['中', '\u{1F600}', '\u0000'])('has no glyph for %j', (char) => {
    expect(advance(400, char)).toBeUndefined();
  });

  it('gives widths that make sense', () => {
    expect(advance(400, 'W')!).toBeGreaterThan(2 * advance(400, 'i')!);
    expect(advance(400, 'm')!).toBeGreaterThan(advance(400, 'n')!);
    expect(advance(400, '—')!).toBeGreaterThan(advance(400, '–')!);
    // Tabular digits: every figure has the same advance, so step numbers line up.
    expect(new Set([...'0123456789'].map((d) => advance(400, d))).size).toBe(1);
    expect(advance(700, 'a')!).toBeGreaterThan(advance(400, 'a')!);
    // Accented letters are about as wide as their base letter (the font's Å is one unit wider than A).
    for (const [accented, base] of ['åa', 'ÅA', 'øo', 'ØO'])
      expect(Math.abs(advance(400, accented)! - advance(400, base)!)).toBeLessThan(0.03 * advance(400, base)!);
  });

  it('reads the same font from an ArrayBuffer and from a view at an offset into a larger buffer', () => {
    const file = fontFile(400);
    const padded = new Uint8Array(file.byteLength + 17);
    padded.set(file, 17);
    const fromView = readFontMetrics(padded.subarray(17));
    const fromBuffer = readFontMetrics(file.slice().buffer);
    for (const char of 'Wiæ«') {
      expect(fromView.advance(char.codePointAt(0)!)).toBe(advance(400, char));
      expect(fromBuffer.advance(char.codePointAt(0)!)).toBe(advance(400, char));
    }
  });

  it('rejects bytes that are not a font with an error', () => {
    expect(() => readFontMetrics(new Uint8Array(64))).toThrow(/table/);
  });
});

describe('the measurer built on it', () => {
  const measurer = getNodeMeasurer();
  const face = { family: 'Source Sans 3', weight: 400 } as const;

  it('knows every Norwegian letter and punctuation mark a plan uses, and flags what it lacks', () => {
    expect(measurer.missingGlyphs('Æ Ø Å æ ø å « » – — ’ é ü § ½ €', face)).toEqual([]);
    expect(measurer.missingGlyphs('Trinn 中 ok 中', face)).toEqual(['中']);
  });

  it('scales widths linearly with the size', () => {
    expect(measurer.width('Sykehjem', face, 20)).toBeCloseTo(2 * measurer.width('Sykehjem', face, 10), 9);
    expect(measurer.width('W', face, 1000)).toBe(advance(400, 'W'));
  });

  it('falls back to the regular weight of a family for an unknown weight, and to Source Sans 3 for an unknown family', () => {
    const regular = measurer.width('Hjemmetjenester', face, 12);
    expect(measurer.width('Hjemmetjenester', { family: 'Comic Sans', weight: 700 }, 12)).toBe(regular);
    expect(measurer.width('Hjemmetjenester', { family: 'Source Sans 3', weight: 500 as 400 }, 12)).toBe(regular);
    expect(measurer.width('Hjemmetjenester', { family: 'Source Sans 3', weight: 700 }, 12)).toBeGreaterThan(regular);
  });
});
