// PNG on the command line: the SVG export rasterised by resvg (its binary ships inside the npm
// package), with the shipped font files, then the resolution written into the file.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { shippedFonts } from '@/layout/fonts';
import type { Scene } from '@/scene/primitives';
import type { Placement } from './placement';
import { setPngDpi } from './png';
import type { PngSize } from './rasterPng';
import { renderSvg } from './svg';

const require = createRequire(import.meta.url);
/** Beyond this a PNG is gigabytes in memory; the resolution is lowered instead. */
export const MAX_NODE_PNG_PIXELS = 300_000_000;

export function getNodePngSize(placement: Placement, dpi: number): PngSize {
  const area = (placement.mediaWidth / 72) * (placement.mediaHeight / 72);
  const fitted = Math.min(dpi, Math.floor(Math.sqrt(MAX_NODE_PNG_PIXELS / area)));
  return { width: Math.round((placement.mediaWidth / 72) * fitted), height: Math.round((placement.mediaHeight / 72) * fitted), dpi: fitted, reduced: fitted < dpi };
}

export function renderPngInNode(scene: Scene, placement: Placement, size: PngSize): Uint8Array {
  const svg = renderSvg(scene, { placement });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false, fontFiles: shippedFonts.map((f) => require.resolve(f.file)), defaultFontFamily: 'Source Sans 3' },
    textRendering: 2,
    shapeRendering: 2,
  });
  return setPngDpi(new Uint8Array(resvg.render().asPng()), size.dpi);
}
