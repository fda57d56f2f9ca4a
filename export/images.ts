// Pictures in exports. SVG and HTML carry every picture as it is. PDF takes PNG and JPEG as they
// are; a (sanitised) SVG picture is rasterised first at print resolution by the platform: a canvas
// in the browser, resvg in Node. PNG export through Canvas2D needs every picture decoded first.
import type { ImagePrimitive, Scene } from '@/scene/primitives';

/** Print resolution for a rasterised SVG picture: sharp at 300 dpi on the paper it is drawn on. */
export const SVG_RASTER_DPI = 300;
/** No side of a rasterised picture longer than this (a logo as large as an A0 poster stays in memory bounds). */
const MAX_RASTER_SIDE = 4096;

export function getRasterFormat(href: string): 'PNG' | 'JPEG' | undefined {
  if (/^data:image\/png[;,]/i.test(href)) return 'PNG';
  if (/^data:image\/jpe?g[;,]/i.test(href)) return 'JPEG';
  return undefined;
}

export function isSvgDataUrl(href: string): boolean {
  return /^data:image\/svg\+xml[;,]/i.test(href);
}

export function getImagePrimitives(scenes: readonly Scene[]): ImagePrimitive[] {
  return scenes.flatMap((scene) => scene.nodes.flatMap((node) => node.primitives.filter((p): p is ImagePrimitive => p.kind === 'image')));
}

/** Turns an SVG data URL into a PNG data URL of the given pixel size. */
export type SvgRasteriser = (href: string, width: number, height: number) => Promise<string>;

/** Pixel size for a picture drawn `w` by `h` scene units, scene units being `scale` points. */
export function getRasterSize(image: Pick<ImagePrimitive, 'w' | 'h'>, scale = 1): { width: number; height: number } {
  const factor = Math.min((scale * SVG_RASTER_DPI) / 72, MAX_RASTER_SIDE / Math.max(image.w, image.h));
  return { width: Math.max(1, Math.round(image.w * factor)), height: Math.max(1, Math.round(image.h * factor)) };
}

/** The scenes with every SVG picture replaced by a PNG; the same picture at the same size is rasterised once. */
export async function rasteriseSvgImages(scenes: readonly Scene[], rasterise: SvgRasteriser, scale = 1): Promise<Scene[]> {
  const done = new Map<string, Promise<string>>();
  const png = (image: ImagePrimitive) => {
    const { width, height } = getRasterSize(image, scale);
    const key = `${width}x${height}:${image.href}`;
    let result = done.get(key);
    if (!result) done.set(key, (result = rasterise(image.href, width, height)));
    return result;
  };
  return Promise.all(
    scenes.map(async (scene) => ({
      ...scene,
      nodes: await Promise.all(
        scene.nodes.map(async (node) => ({
          ...node,
          primitives: await Promise.all(node.primitives.map(async (p) => (p.kind === 'image' && isSvgDataUrl(p.href) ? { ...p, href: await png(p) } : p))),
        })),
      ),
    })),
  );
}
