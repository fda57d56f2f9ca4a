import regular from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url';
import semibold from '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf?url';
import bold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url';
import { createMeasurer, getFontKey, shippedFonts, type TextMeasurer } from '@/layout/fonts';
import { readFontMetrics, type FontMetrics } from '@/layout/ttf';

const urls: Record<string, string> = {
  'Source Sans 3:400': regular,
  'Source Sans 3:600': semibold,
  'Source Sans 3:700': bold,
};

/**
 * Fetches each shipped font once and uses the same bytes twice: registered with the browser
 * for drawing, and read for measuring, so what is measured is what is drawn.
 */
export async function loadBrowserFonts(): Promise<TextMeasurer> {
  const metrics = new Map<string, FontMetrics>();
  await Promise.all(
    shippedFonts.map(async (font) => {
      const key = getFontKey(font);
      const response = await fetch(urls[key]);
      if (!response.ok) throw new Error(`${key}: ${response.status}`);
      const bytes = await response.arrayBuffer();
      const face = new FontFace(font.family, bytes, { weight: String(font.weight) });
      document.fonts.add(await face.load());
      metrics.set(key, readFontMetrics(bytes));
    }),
  );
  return createMeasurer(metrics);
}
