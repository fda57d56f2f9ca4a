// Loads the shipped font files from node_modules, for the command line, tests and benchmarks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMeasurer, getFontKey, shippedFonts, type TextMeasurer } from '@/layout/fonts';
import { readFontMetrics, type FontMetrics } from '@/layout/ttf';

const require = createRequire(import.meta.url);

export function readShippedFontBytes(): Map<string, Uint8Array> {
  return new Map(
    shippedFonts.map((font) => [getFontKey(font), new Uint8Array(readFileSync(require.resolve(font.file)))]),
  );
}

let measurer: TextMeasurer | undefined;

export function getNodeMeasurer(): TextMeasurer {
  if (!measurer) {
    const metrics = new Map<string, FontMetrics>();
    for (const [key, bytes] of readShippedFontBytes()) metrics.set(key, readFontMetrics(bytes));
    measurer = createMeasurer(metrics);
  }
  return measurer;
}
