// The cross-renderer measure: two renderings of one page at 100 dpi, averaged over 12 x 12 pixel
// blocks; a block differs when its mean grey moves by more than 32 of 255. Small-text hinting and
// anti-aliasing stay inside a block, a word drawn wider or in another place does not.
import { PNG } from 'pngjs';
import type { Pixels } from './pixels';

export type Block = { x: number; y: number; difference: number };

const grey = (p: Pixels, i: number) => {
  const alpha = p.data[i + 3] / 255;
  return ((p.data[i] + p.data[i + 1] + p.data[i + 2]) / 3) * alpha + 255 * (1 - alpha);
};

/** Renderers round the page to whole pixels each their own way: one pixel of difference is allowed. */
export function getDifferingBlocks(a: Pixels, b: Pixels, size = 12, level = 32): Block[] {
  if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1)
    throw new Error(`sizes differ: ${a.width}x${a.height}, ${b.width}x${b.height}`);
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const blocks: Block[] = [];
  for (let by = 0; by < height; by += size) {
    for (let bx = 0; bx < width; bx += size) {
      let sum = 0;
      let count = 0;
      for (let y = by; y < Math.min(by + size, height); y++) {
        for (let x = bx; x < Math.min(bx + size, width); x++, count++)
          sum += grey(a, (y * a.width + x) * 4) - grey(b, (y * b.width + x) * 4);
      }
      const difference = Math.abs(sum / count);
      if (difference > level) blocks.push({ x: bx, y: by, difference });
    }
  }
  return blocks;
}

/** `a` in grey with the differing blocks in red, for a person to look at. */
export function drawBlockDiff(a: Pixels, blocks: Block[], size = 12): Uint8Array {
  const image = new PNG({ width: a.width, height: a.height });
  for (let i = 0; i < a.data.length; i += 4) {
    const g = grey(a, i);
    image.data.set([g, g, g, 255], i);
  }
  for (const { x: bx, y: by } of blocks) {
    for (let y = by; y < Math.min(by + size, a.height); y++) {
      for (let x = bx; x < Math.min(bx + size, a.width); x++) image.data.set([255, 0, 0, 255], (y * a.width + x) * 4);
    }
  }
  return PNG.sync.write(image);
}
