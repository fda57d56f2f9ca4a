// A PNG of one scene on paper, drawn on Canvas2D a strip at a time. The platform gives the canvas
// (the browser's), so this runs wherever a Canvas2D exists.
import type { TextMeasurer } from '@/layout/fonts';
import type { Scene } from '@/scene/primitives';
import { drawSceneOnCanvas, type Canvas2D } from './canvasDraw';
import type { Placement } from './placement';
import { encodePng, type DeflateStream } from './png';
import { checkCancelled, type Progress } from './progress';

/** Conservative for every current browser: Chromium allows 32767 px a side, Safari about 16 million pixels a canvas. */
export const MAX_CANVAS_SIDE = 16384;
const MAX_STRIP_PIXELS = 16 * 1024 * 1024;

export type PngSize = { width: number; height: number; dpi: number; reduced: boolean };

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

export type RasterInput = {
  scene: Scene;
  placement: Placement;
  size: PngSize;
  measurer: TextMeasurer;
  createCanvas: (width: number, height: number) => { getContext(kind: '2d'): Canvas2D | null };
  createDeflate: () => DeflateStream;
};

export async function renderPng(input: RasterInput, progress: Progress = {}): Promise<Uint8Array> {
  const { scene, placement, size } = input;
  const stripHeight = Math.max(1, Math.min(size.height, Math.floor(MAX_STRIP_PIXELS / size.width)));
  const ctx = input.createCanvas(size.width, stripHeight).getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const px = size.dpi / 72;
  async function* strips() {
    for (let top = 0; top < size.height; top += stripHeight) {
      await checkCancelled(progress, top / size.height);
      const rows = Math.min(stripHeight, size.height - top);
      ctx!.setTransform(1, 0, 0, 1, 0, 0);
      ctx!.clearRect(0, 0, size.width, stripHeight);
      ctx!.setTransform(px, 0, 0, px, 0, -top);
      ctx!.fillStyle = scene.background;
      const b = placement.bleed;
      ctx!.fillRect(b.x, b.y, b.w, b.h);
      ctx!.transform(placement.scale, 0, 0, placement.scale, placement.dx, placement.dy);
      drawSceneOnCanvas(ctx!, scene, input.measurer);
      yield new Uint8Array(ctx!.getImageData(0, 0, size.width, rows).data.buffer);
    }
  }
  return encodePng({ width: size.width, height: size.height, dpi: size.dpi, strips: strips(), createDeflate: input.createDeflate });
}
