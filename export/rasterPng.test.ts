import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import type { Placement } from './placement';
import { renderPng } from './rasterPng';

const [width, height] = [40, 25];
/** The picture the fake canvas holds: RGBA of pixel (x, y), one pixel half transparent. */
function getPixel(x: number, y: number): [number, number, number, number] {
  return [(x * 6) & 0xff, (y * 10) & 0xff, x > 20 ? 200 : 30, x === 5 && y === 17 ? 128 : 255];
}

/** A canvas that "draws" rows `top` and down of the picture, `top` read from the transform renderPng sets. */
function createFakeCanvas(bandHeight: number) {
  let top = 0;
  const rows = (count: number, pixel: (x: number, y: number) => number[]) =>
    Uint8ClampedArray.from(
      { length: width * count * 4 },
      (_, i) => pixel((i >> 2) % width, top + Math.floor(i / 4 / width))[i & 3],
    );
  const ctx = {
    setTransform: (_a: number, _b: number, _c: number, _d: number, _e: number, f: number) => (top = -f),
    clearRect() {},
    fillRect() {},
    transform() {},
    getImageData: vi.fn((_x: number, _y: number, _w: number, count: number) => ({ data: rows(count, getPixel) })),
  };
  const canvas = { width, height: bandHeight, getContext: () => ctx as never };
  // As a canvas holds them: BGRA, colours multiplied by alpha.
  const readPixels = vi.fn(async (_canvas: unknown, count: number) => ({
    data: new Uint8Array(
      rows(count, (x, y) => {
        const [r, g, b, a] = getPixel(x, y);
        return [b, g, r].map((c) => Math.round((c * a) / 255)).concat(a);
      }).buffer,
    ),
    format: { order: 'bgra' as const, premultiplied: true },
  }));
  return { canvas, ctx, readPixels };
}

const placement: Placement = {
  mediaWidth: width,
  mediaHeight: height,
  trim: { x: 0, y: 0, w: width, h: height },
  bleed: { x: 0, y: 0, w: width, h: height },
  scale: 1,
  dx: 0,
  dy: 0,
  cropMarks: [],
};
const scene = { width, height, background: '#ffffff', nodes: [] };
const measurer = { width: () => 0 } as never;

describe('PNG drawn in bands', () => {
  it('puts the bands together in order, read fast where opaque and through getImageData where a pixel is not', async () => {
    const bandHeight = 7; // bands at rows 0, 7, 14 (the half-transparent pixel) and 21 (four rows)
    const { canvas, ctx, readPixels } = createFakeCanvas(bandHeight);
    const png = await renderPng({
      scene,
      placement,
      size: { width, height, dpi: 300, reduced: false },
      measurer,
      createCanvas: () => canvas,
      readPixels,
      bandPixels: width * bandHeight,
    });
    const image = PNG.sync.read(Buffer.from(png));
    const expected = Array.from({ length: width * height }, (_, i) =>
      getPixel(i % width, Math.floor(i / width)),
    ).flat();
    expect(Buffer.from(image.data).equals(Buffer.from(expected))).toBe(true);
    expect(readPixels.mock.calls.map((call) => call[1])).toEqual([7, 7, 7, 4]);
    expect(ctx.getImageData.mock.calls.map((call) => call[3])).toEqual([7]);
  });

  it('reads a transparent picture through getImageData only (premultiplied pixels are not exact there)', async () => {
    const { canvas, ctx, readPixels } = createFakeCanvas(10);
    const png = await renderPng({
      scene,
      placement,
      size: { width, height, dpi: 72, reduced: false },
      measurer,
      transparent: true,
      createCanvas: () => canvas,
      readPixels,
      bandPixels: width * 10,
    });
    expect(PNG.sync.read(Buffer.from(png)).height).toBe(height);
    expect(readPixels).not.toHaveBeenCalled();
    expect(ctx.getImageData.mock.calls.map((call) => call[3])).toEqual([10, 10, 5]);
  });
});
