// A PNG of one scene on paper, drawn on Canvas2D a strip at a time. The platform gives the canvas
// (the browser's), so this runs wherever a Canvas2D exists.
import type { TextMeasurer } from '@/layout/fonts';
import type { Scene } from '@/scene/primitives';
import { drawSceneOnCanvas, type Canvas2D, type DecodedImages } from './canvasDraw';
import type { Placement } from './placement';
import { concatBytes, makeChunk, makePngEnd, makePngHead } from './png';
import { PngRowEncoder, type BandFormat } from './pngRowEncoder';
import { checkCancelled, type Progress } from './progress';

/** Conservative for every current browser: Chromium allows 32767 px a side, Safari about 16 million pixels a canvas. */
export const MAX_CANVAS_SIDE = 16384;

export type PngSize = { width: number; height: number; dpi: number; reduced: boolean };

/** The resolution a PNG is drawn at: the one chosen, or the one that makes it `pixelWidth` wide on this paper. */
export function getPngDpi(
  options: { dpi: number; pixelWidth?: number },
  placement: Pick<Placement, 'mediaWidth'>,
): number {
  return options.pixelWidth ? (options.pixelWidth * 72) / placement.mediaWidth : options.dpi;
}

/** Pixel size at a resolution; if wider than a canvas can be, the resolution is lowered and says so. */
export function getPngSize(placement: Placement, dpi: number): PngSize {
  const widest = Math.max(placement.mediaWidth, placement.mediaHeight);
  const fitted = Math.min(dpi, Math.floor((MAX_CANVAS_SIDE * 72) / widest));
  return {
    width: Math.round((placement.mediaWidth / 72) * fitted),
    height: Math.round((placement.mediaHeight / 72) * fitted),
    dpi: fitted,
    reduced: fitted < dpi,
  };
}

type CanvasLike = { getContext(kind: '2d', options: { willReadFrequently: boolean }): Canvas2D | null };

/** Pixels in one band: 16 MB of RGBA, small beside the 279 MB of an A1 at 300 dpi drawn whole. */
const BAND_PIXELS = 4 * 1024 * 1024;
/**
 * Drawing yields to the page this often, for the progress bar and "Avbryt" (answered within 0.1 s),
 * not after every band: each yield lets the page draw a frame, about 10 ms of style, layout and
 * paint for the editor behind the dialog.
 */
const YIELD_MS = 100;

export type RasterInput<C extends CanvasLike = CanvasLike> = {
  scene: Scene;
  placement: Placement;
  size: PngSize;
  measurer: TextMeasurer;
  /** Leaves the page background out, so the PNG is transparent where nothing is drawn. */
  transparent?: boolean;
  /** The scene's pictures, decoded (a picture missing here is left out). */
  images?: DecodedImages;
  createCanvas: (width: number, height: number) => C;
  /**
   * A faster read-back than getImageData where the platform has one (the browser's VideoFrame):
   * the top `rows` rows of the canvas as a canvas holds them. Taken only where every pixel is opaque.
   */
  readPixels?: (canvas: C, rows: number) => Promise<{ data: Uint8Array; format: BandFormat } | undefined>;
  /** Pixels in one band; BAND_PIXELS unless a test wants more bands. */
  bandPixels?: number;
};

/** Draws the part of the picture from pixel row `top` down onto a canvas. */
function drawBand(
  ctx: Canvas2D,
  {
    scene,
    placement,
    size,
    measurer,
    transparent,
    images,
  }: Omit<RasterInput, 'createCanvas' | 'readPixels' | 'bandPixels'>,
  top: number,
  height: number,
) {
  // Pixels per point from the rounded pixel width, so the paper fills the picture edge to edge.
  const px = size.width / placement.mediaWidth;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size.width, height);
  ctx.setTransform(px, 0, 0, px, 0, -top);
  if (!transparent) {
    ctx.fillStyle = scene.background;
    const b = placement.bleed;
    ctx.fillRect(b.x, b.y, b.w, b.h);
  }
  ctx.transform(placement.scale, 0, 0, placement.scale, placement.dx, placement.dy);
  drawSceneOnCanvas(ctx, scene, measurer, images);
}

/**
 * The picture drawn a band of rows at a time on one small canvas, each band's pixels compressed
 * before the next is drawn: memory stays at one band, and no 279 MB canvas is allocated and zeroed.
 */
export async function renderPng<C extends CanvasLike>(
  input: RasterInput<C>,
  progress: Progress = {},
): Promise<Uint8Array> {
  const { size } = input;
  const bandHeight = Math.max(1, Math.min(size.height, Math.floor((input.bandPixels ?? BAND_PIXELS) / size.width)));
  const canvas = input.createCanvas(size.width, bandHeight);
  // Read back after every band: a canvas kept in memory for the CPU reads fastest.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  const parts = makePngHead(size.width, size.height, size.dpi);
  const encoder = new PngRowEncoder(size.width);
  // Marks for the profiler and the benchmark: drawing and reading the pixels back, against encoding.
  const times = { draw: 0, encode: 0 };
  const start = performance.now();
  let yielded = -Infinity;
  for (let top = 0; top < size.height; top += bandHeight) {
    if (performance.now() - yielded > YIELD_MS) {
      await checkCancelled(progress, top / size.height);
      yielded = performance.now();
    }
    const rows = Math.min(bandHeight, size.height - top);
    let began = performance.now();
    drawBand(ctx, input, top, bandHeight);
    const fast = input.transparent ? undefined : await input.readPixels?.(canvas, rows);
    times.draw += performance.now() - began;
    began = performance.now();
    let data = fast && encoder.encode(fast.data, fast.format);
    times.encode += performance.now() - began;
    if (!data) {
      began = performance.now();
      const pixels = ctx.getImageData(0, 0, size.width, rows).data;
      times.draw += performance.now() - began;
      began = performance.now();
      data = encoder.encode(pixels)!;
      times.encode += performance.now() - began;
    }
    parts.push(makeChunk('IDAT', data));
  }
  parts.push(makeChunk('IDAT', encoder.finish()), makePngEnd());
  performance.measure('trappa:png:draw', { start, duration: times.draw });
  performance.measure('trappa:png:encode', { start: start + times.draw, duration: times.encode });
  return concatBytes(parts);
}
