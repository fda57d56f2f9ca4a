import { describe, expect, it } from 'vitest';
import { contrastRatio, gradientAt, mix, parseColour, parseHex, readableOn, relativeLuminance } from './colour';

describe('colour', () => {
  it('reads the short hex forms as CSS does (#abc is #aabbcc)', () => {
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHex('#ABC')).toEqual(parseHex('#aabbcc'));
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 9);
    expect(mix('#000', '#fff', 0.5)).toBe('#808080');
    expect(parseHex('#11223380')).toEqual([0x11, 0x22, 0x33]);
  });

  it('reads scene colours with their alpha, and nothing for no paint', () => {
    expect(parseColour('#abcd')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 0xdd / 255 });
    expect(parseColour(' rgba(1, 2, 3, 0.5) ')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColour('white')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    for (const none of [undefined, '', 'none', 'transparent', '#ab', 'url(#x)'])
      expect(parseColour(none)).toBeUndefined();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 9);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 9);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 9);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('mixes and runs along a gradient of stops', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(gradientAt(['#000000', '#ff0000', '#ffffff'], 0)).toBe('#000000');
    expect(gradientAt(['#000000', '#ff0000', '#ffffff'], 0.5)).toBe('#ff0000');
    expect(gradientAt(['#000000', '#ff0000', '#ffffff'], 1)).toBe('#ffffff');
    expect(gradientAt(['#000000', '#ffffff'], 7)).toBe('#ffffff');
  });

  it('keeps the theme text colour where it reads well', () => {
    expect(readableOn('#d9ecef', '#1b2a35')).toBe('#1b2a35');
    expect(readableOn('#0b3a4c', '#1b2a35')).toBe('#ffffff');
  });

  it('always picks text of at least 4.5:1, even on mid tones where neither theme colour does', () => {
    // #4a92a0 lies between the default theme's step colours: its dark text and white both fall short.
    expect(Math.max(contrastRatio('#4a92a0', '#1b2a35'), contrastRatio('#4a92a0', '#ffffff'))).toBeLessThan(4.5);
    for (let t = 0; t <= 1; t += 1 / 64) {
      for (const background of [
        mix('#000000', '#ffffff', t),
        gradientAt(['#d9ecef', '#7fbcc6', '#1f6f82', '#0b3a4c'], t),
        mix('#c0392b', '#f1c40f', t),
      ]) {
        expect(contrastRatio(readableOn(background, '#1b2a35'), background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
