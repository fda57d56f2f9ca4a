import regular from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url';
import semibold from '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf?url';
import bold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url';
import { createMeasurer, getFontKey, shippedFonts, type TextMeasurer } from '@/layout/fonts';
import { readFontMetrics, type FontMetrics } from '@/layout/ttf';
import { getUserFontFaces } from '@/layout/userFonts';
import { base64ToBytes } from '@/model/base64';
import type { UserFont } from '@/model/types';
import type { FontBytes } from '../../../export/fontBytes';

const urls: Record<string, string> = {
  'Source Sans 3:400': regular,
  'Source Sans 3:600': semibold,
  'Source Sans 3:700': bold,
};
let fontBytes: Promise<FontBytes> | undefined;

/** The shipped font files by font key, fetched once for the page: drawing, measuring and every export use these bytes. */
export function loadFontBytes(): Promise<FontBytes> {
  fontBytes ??= Promise.all(
    shippedFonts.map(async (font) => {
      const key = getFontKey(font);
      const response = await fetch(urls[key]);
      if (!response.ok) throw new Error(`${key}: ${response.status}`);
      return [key, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  ).then((entries) => new Map(entries));
  // A failed fetch is tried again by the next caller rather than remembered.
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}

/**
 * Registers each shipped font with the browser for drawing and reads the same bytes for
 * measuring, so what is measured is what is drawn.
 */
export async function loadBrowserFonts(): Promise<TextMeasurer> {
  const metrics = new Map<string, FontMetrics>();
  const fonts = await loadFontBytes();
  await Promise.all(
    shippedFonts.map(async (font) => {
      const key = getFontKey(font);
      // Fetched into a plain ArrayBuffer above, which FontFace wants.
      const bytes = fonts.get(key)! as Uint8Array<ArrayBuffer>;
      const face = new FontFace(font.family, bytes, { weight: String(font.weight) });
      document.fonts.add(await face.load());
      metrics.set(key, readFontMetrics(bytes));
    }),
  );
  return createMeasurer(metrics);
}

const registeredUserFonts = new Map<string, globalThis.FontFace>();

/**
 * Registers the document's uploaded fonts with the browser, each weight the layout uses from the
 * file the measurer uses for it; returns when they can be drawn. Faces of fonts no longer in the
 * document are removed.
 */
export async function registerUserFonts(fonts: readonly UserFont[] | undefined): Promise<void> {
  const faces = getUserFontFaces(fonts);
  const wanted = new Map(
    faces.map((face) => [`${getFontKey(face)}:${face.font.data.length}:${face.font.data.slice(-32)}`, face]),
  );
  for (const [key, face] of registeredUserFonts) {
    if (wanted.has(key)) continue;
    document.fonts.delete(face);
    registeredUserFonts.delete(key);
  }
  await Promise.all(
    [...wanted]
      .filter(([key]) => !registeredUserFonts.has(key))
      .map(async ([key, face]) => {
        const loaded = await new FontFace(face.family, base64ToBytes(face.font.data), {
          weight: String(face.weight),
        }).load();
        document.fonts.add(loaded);
        registeredUserFonts.set(key, loaded);
      }),
  );
}
