// A PNG of one scene on paper, drawn on Canvas2D a strip at a time. The platform gives the canvas
// (the browser's), so this runs wherever a Canvas2D exists.
import type { TextMeasurer } from '@/layout/fonts';
import type { Scene } from '@/scene/primitives';
import { drawSceneOnCanvas, type Canvas2D, type DecodedImages } from './canvasDraw';
import type { Placement } from './placement';
import { encodePng, setPngDpi, type DeflateStream } from './png';
import { checkCancelled, type Progress } from './progress';

/** Conservative for every current browser: Chromium allows 32767 px a side, Safari about 16 million pixels a canvas. */
export const MAX_CANVAS_SIDE = 16384;
const MAX_STRIP_PIXELS = 16 * 1024 * 1024;
/** Up to this a picture is drawn on one canvas and encoded by the browser (fast, off the main thread); above it, in strips. */
export const MAX_WHOLE_PIXELS = 120_000_000;

export type PngSize = { width: number; height: number; dpi: number; reduced: boolean };

/** The resolution a PNG is drawn at: the one chosen, or the one that makes it `pixelWidth` wide on this paper. */
export function getPngDpi(options: { dpi: number; pixelWidth?: number }, placement: Pick<Placement, 'mediaWidth'>): number {
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

type CanvasLike = { getContext(kind: '2d'): Canvas2D | null };

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
  createDeflate: () => DeflateStream;
  /** The platform's own PNG encoder (canvas.toBlob); undefined when it could not (a canvas too large to allocate). */
  encodeCanvas?: (canvas: C) => Promise<Uint8Array | undefined>;
};

/** Draws the part of the picture from pixel row `top` down onto a canvas. */
function drawStrip(ctx: Canvas2D, { scene, placement, size, measurer, transparent, images }: Pick<RasterInput, 'scene' | 'placement' | 'size' | 'measurer' | 'transparent' | 'images'>, top: number, height: number) {
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

export async function renderPng<C extends CanvasLike>(input: RasterInput<C>, progress: Progress = {}): Promise<Uint8Array> {
  const { size } = input;
  if (input.encodeCanvas && size.width * size.height <= MAX_WHOLE_PIXELS) {
    await checkCancelled(progress, 0);
    const canvas = input.createCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (ctx) {
      // Marks for the profiler and the benchmark: how the time splits between drawing and encoding.
      const start = performance.now();
      drawStrip(ctx, input, 0, size.height);
      await checkCancelled(progress, 0.3);
      const drawn = performance.now();
      const png = await input.encodeCanvas(canvas);
      performance.measure('trappa:png:draw', { start, end: drawn });
      performance.measure('trappa:png:encode', { start: drawn });
      if (png) return setPngDpi(png, size.dpi);
    }
  }
  const stripHeight = Math.max(1, Math.min(size.height, Math.floor(MAX_STRIP_PIXELS / size.width)));
  const ctx = input.createCanvas(size.width, stripHeight).getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  async function* strips() {
    for (let top = 0; top < size.height; top += stripHeight) {
      await checkCancelled(progress, top / size.height);
      const rows = Math.min(stripHeight, size.height - top);
      drawStrip(ctx!, input, top, stripHeight);
      yield new Uint8Array(ctx!.getImageData(0, 0, size.width, rows).data.buffer);
    }
  }
  return encodePng({ width: size.width, height: size.height, dpi: size.dpi, strips: strips(), createDeflate: input.createDeflate });
}
