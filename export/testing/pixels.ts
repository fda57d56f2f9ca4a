// Comparing two renderings of a page by different programs. Per pixel they never agree: poppler
// hints and thickens small text that librsvg draws as plain paths. Averaged over 6 x 6 pixel
// blocks those differences vanish, while a glyph missing or out of place still darkens its block.
import { PNG } from 'pngjs';

export type Pixels = { width: number; height: number; data: Uint8Array };

export function decodePng(png: Uint8Array): Pixels {
  const image = PNG.sync.read(Buffer.from(png));
  return { width: image.width, height: image.height, data: new Uint8Array(image.data) };
}

/** Share of `size` x `size` blocks whose mean grey differs by more than `level` (of 255). */
export function getBlockDifference(a: Pixels, b: Pixels, size = 6, level = 16): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}x${a.height}, ${b.width}x${b.height}`);
  let differ = 0;
  let total = 0;
  for (let by = 0; by + size <= a.height; by += size) {
    for (let bx = 0; bx + size <= a.width; bx += size) {
      let sum = 0;
      for (let y = by; y < by + size; y++) {
        for (let x = bx, i = (y * a.width + x) * 4; x < bx + size; x++, i += 4)
          sum += a.data[i] + a.data[i + 1] + a.data[i + 2] - b.data[i] - b.data[i + 1] - b.data[i + 2];
      }
      total++;
      if (Math.abs(sum / (3 * size * size)) > level) differ++;
    }
  }
  return differ / total;
}
