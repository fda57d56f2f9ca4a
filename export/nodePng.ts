// PNG on the command line: the SVG export rasterised by resvg (its binary ships inside the npm
// package), then the resolution written into the file. Text goes in as glyph outlines: resvg
// kerns <text>, which the layout never does, so lines would come out narrower than measured.
import { Resvg } from '@resvg/resvg-js';
import type { Scene } from '@/scene/primitives';
import { readShippedFontBytes } from './nodeFonts';
import type { Placement } from './placement';
import { setPngDpi } from './png';
import type { PngSize } from './rasterPng';
import { renderSvg } from './svg';
import { createTextOutliner } from './svgOutlines';

/** Beyond this a PNG is gigabytes in memory; the resolution is lowered instead. */
export const MAX_NODE_PNG_PIXELS = 300_000_000;

export function getNodePngSize(placement: Placement, dpi: number): PngSize {
  const area = (placement.mediaWidth / 72) * (placement.mediaHeight / 72);
  const fitted = Math.min(dpi, Math.sqrt(MAX_NODE_PNG_PIXELS / area));
  const reduced = fitted < dpi;
  const used = reduced ? Math.floor(fitted) : dpi;
  return {
    width: Math.round((placement.mediaWidth / 72) * used),
    height: Math.round((placement.mediaHeight / 72) * used),
    dpi: used,
    reduced,
  };
}

let fonts: ReturnType<typeof readShippedFontBytes> | undefined;

export function renderPngInNode(
  scene: Scene,
  placement: Placement,
  size: PngSize,
  { transparent = false } = {},
): Uint8Array {
  const svg = renderSvg(transparent ? { ...scene, background: 'none' } : scene, {
    placement,
    outliner: createTextOutliner((fonts ??= readShippedFontBytes())),
  });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  });
  return setPngDpi(new Uint8Array(resvg.render().asPng()), size.dpi);
}
