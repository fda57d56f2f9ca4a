import type { FontMetrics } from './ttf';

export type FontWeight = 400 | 600 | 700;
export type FontFace = { family: string; weight: FontWeight };

/** The font files Trappa ships; each platform (browser, Node) loads these same bytes. */
export const shippedFonts: readonly (FontFace & { file: string })[] = [
  {
    family: 'Source Sans 3',
    weight: 400,
    file: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    file: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  },
  { family: 'Source Sans 3', weight: 700, file: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf' },
];

export const fallbackFace: FontFace = { family: 'Source Sans 3', weight: 400 };

export function getFontKey(face: FontFace): string {
  return `${face.family}:${face.weight}`;
}

export type TextMeasurer = {
  /** Width in the same unit as `size`. Kerning is not applied, in measuring or in any renderer. */
  width(text: string, face: FontFace, size: number): number;
  metrics(face: FontFace): FontMetrics;
  /** Characters the face has no glyph for. */
  missingGlyphs(text: string, face: FontFace): string[];
};

export function createMeasurer(fonts: ReadonlyMap<string, FontMetrics>): TextMeasurer {
  const fallback = fonts.get(getFontKey(fallbackFace)) ?? fonts.values().next().value;
  if (!fallback) throw new Error('no fonts loaded');
  const metrics = (face: FontFace) =>
    fonts.get(getFontKey(face)) ?? fonts.get(getFontKey({ family: face.family, weight: 400 })) ?? fallback;
  // Widths in em by family, weight and text; looked up without building a key string, since
  // wrapping asks for every word of every text on each layout.
  const cache = new Map<string, Map<number, Map<string, number>>>();
  let cached = 0;
  const unitsWidth = (text: string, face: FontFace) => {
    let byWeight = cache.get(face.family);
    if (!byWeight) cache.set(face.family, (byWeight = new Map()));
    let byText = byWeight.get(face.weight);
    if (!byText) byWeight.set(face.weight, (byText = new Map()));
    let units = byText.get(text);
    if (units === undefined) {
      const font = metrics(face);
      const notdef = font.advance(0x3f) ?? font.unitsPerEm / 2;
      units = 0;
      for (const char of text) units += font.advance(char.codePointAt(0)!) ?? notdef;
      units /= font.unitsPerEm;
      if (++cached > 50_000) {
        cache.clear();
        cached = 0;
      }
      byText.set(text, units);
    }
    return units;
  };
  return {
    width: (text, face, size) => unitsWidth(text, face) * size,
    metrics,
    missingGlyphs(text, face) {
      const font = metrics(face);
      return [...new Set(text)].filter((char) => !/\s/.test(char) && font.advance(char.codePointAt(0)!) === undefined);
    },
  };
}
