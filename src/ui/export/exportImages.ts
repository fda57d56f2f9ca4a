// The browser's side of pictures in exports: decoding for the PNG canvas, rasterising SVG for the PDF.
import type { Scene } from '@/scene/primitives';
import type { DecodedImages } from '../../../export/canvasDraw';
import { getImagePrimitives, type SvgRasteriser } from '../../../export/images';

async function decode(href: string): Promise<HTMLImageElement | undefined> {
  const image = new Image();
  image.src = href;
  try {
    await image.decode();
    return image;
  } catch {
    return undefined;
  }
}

/** Every picture of the scenes, decoded; one that cannot be decoded is left out of the map. */
export async function decodeImages(scenes: readonly Scene[]): Promise<DecodedImages> {
  const hrefs = [...new Set(getImagePrimitives(scenes).map((p) => p.href))];
  const decoded = await Promise.all(hrefs.map(async (href) => [href, await decode(href)] as const));
  return new Map(decoded.filter((entry): entry is readonly [string, HTMLImageElement] => entry[1] !== undefined));
}

export const rasteriseSvgInBrowser: SvgRasteriser = async (href, width, height) => {
  const image = await decode(href);
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  if (image) canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
  return canvas.toDataURL('image/png');
};
