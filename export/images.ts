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
  return scenes.flatMap((scene) =>
    scene.nodes.flatMap((node) => node.primitives.filter((p): p is ImagePrimitive => p.kind === 'image')),
  );
}

/** Base64 characters enough for any header a picture has before its size (JPEG's EXIF can be long). */
const HEADER_CHARS = 256 * 1024;

/**
 * The pixel size written in a PNG or JPEG data URL's header (PNG: IHDR; JPEG: the first
 * start-of-frame marker), or undefined for SVG and anything unreadable.
 */
export function readPixelSize(href: string): { width: number; height: number } | undefined {
  const format = getRasterFormat(href);
  const comma = href.indexOf(',');
  if (!format || comma < 0 || !/;base64,/i.test(href.slice(0, comma + 1))) return undefined;
  const base64 = href.slice(comma + 1, comma + 1 + HEADER_CHARS);
  let bytes: string;
  try {
    bytes = atob(base64.slice(0, base64.length - (base64.length % 4)));
  } catch {
    return undefined;
  }
  const byte = (i: number) => bytes.charCodeAt(i);
  const u16 = (i: number) => (byte(i) << 8) | byte(i + 1);
  const u32 = (i: number) => ((u16(i) << 16) >>> 0) + u16(i + 2);
  if (format === 'PNG') return bytes.length >= 24 ? { width: u32(16), height: u32(20) } : undefined;
  // JPEG: walk the markers to a start of frame (C0–CF, except C4 DHT, C8 and CC DAC).
  for (let i = 2; i + 9 < bytes.length;) {
    if (byte(i) !== 0xff) return undefined;
    const marker = byte(i + 1);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: u16(i + 7), height: u16(i + 5) };
    i += 2 + u16(i + 2);
  }
  return undefined;
}

/** Turns an SVG data URL into a PNG data URL of the given pixel size. */
export type SvgRasteriser = (href: string, width: number, height: number) => Promise<string>;

/** Pixel size for a picture drawn `w` by `h` scene units, scene units being `scale` points. */
export function getRasterSize(image: Pick<ImagePrimitive, 'w' | 'h'>, scale = 1): { width: number; height: number } {
  const factor = Math.min((scale * SVG_RASTER_DPI) / 72, MAX_RASTER_SIDE / Math.max(image.w, image.h));
  return { width: Math.max(1, Math.round(image.w * factor)), height: Math.max(1, Math.round(image.h * factor)) };
}

/** The scenes with every SVG picture replaced by a PNG; the same picture at the same size is rasterised once. */
export async function rasteriseSvgImages(
  scenes: readonly Scene[],
  rasterise: SvgRasteriser,
  scale = 1,
): Promise<Scene[]> {
  const done = new Map<string, Promise<string>>();
  const png = (image: ImagePrimitive) => {
    const { width, height } = getRasterSize(image, scale);
    const key = `${width}x${height}:${image.href}`;
    let result = done.get(key);
    // A picture the rasteriser cannot draw becomes no picture (drawn as nothing), not a failed export.
    if (!result) done.set(key, (result = rasterise(image.href, width, height).catch(() => '')));
    return result;
  };
  return Promise.all(
    scenes.map(async (scene) => ({
      ...scene,
      nodes: await Promise.all(
        scene.nodes.map(async (node) => ({
          ...node,
          primitives: await Promise.all(
            node.primitives.map(async (p) =>
              p.kind === 'image' && isSvgDataUrl(p.href) ? { ...p, href: await png(p) } : p,
            ),
          ),
        })),
      ),
    })),
  );
}
