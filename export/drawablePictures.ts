// Pictures as every renderer may meet them. A document's pictures are data URLs (the schema
// sees to that), but their bytes are still the sender's: an SVG may point at /etc/passwd or a
// web address, a PNG may be garbage or claim 20 000 x 20 000 pixels. resvg would read the path
// and put its pixels in the PDF, jsPDF would decode the bomb. So before an export draws, every
// SVG is rebuilt by the sanitiser (no reference outside itself survives) and every raster's
// header is read; what cannot be drawn safely is left out, with a reason to tell the user.
import { sanitizeSvg } from '@/storage/sanitizeSvg';
import type { FreeElement, TrappDocument } from '@/model/types';
import { base64ToBytes, textToBase64 } from '@/model/base64';
import { getRasterFormat, isSvgDataUrl, readPixelSize } from './images';

/** More pixels than any picture a trapp needs (uploads are scaled to 2400 px a side); decoding stays within memory. */
export const MAX_PICTURE_PIXELS = 25_000_000;
const MAX_PICTURE_SIDE = 10_000;

export type PictureProblem = 'svgUnreadable' | 'svgTooLarge' | 'notPicture' | 'tooManyPixels';
export type LeftOutPicture = { path: string; alt: string; problem: PictureProblem };

const svgChecked = new Map<string, string | PictureProblem>();

/** The document with every picture safe to draw, and the ones left out. */
export function getDrawablePictures(doc: TrappDocument): { document: TrappDocument; leftOut: LeftOutPicture[] } {
  const leftOut: LeftOutPicture[] = [];
  let changed = false;
  const pages = doc.pages.map((page, pageIndex) => {
    const elements = page.elements.flatMap((element, elementIndex): FreeElement[] => {
      if (element.kind !== 'image') return [element];
      const checked = getDrawableSrc(element.src);
      if (checked === element.src) return [element];
      changed = true;
      if (isProblem(checked)) {
        leftOut.push({ path: `pages[${pageIndex}].elements[${elementIndex}]`, alt: element.alt, problem: checked });
        return [];
      }
      return [{ ...element, src: checked }];
    });
    return elements.length === page.elements.length && elements.every((e, i) => e === page.elements[i])
      ? page
      : { ...page, elements };
  });
  return { document: changed ? { ...doc, pages } : doc, leftOut };
}

const isProblem = (value: string): value is PictureProblem => !value.startsWith('data:');

/** The picture's address as it may be drawn (a rebuilt SVG), or why it may not. */
export function getDrawableSrc(src: string): string | PictureProblem {
  if (isSvgDataUrl(src)) {
    let result = svgChecked.get(src);
    if (result === undefined) {
      result = cleanSvg(src);
      if (svgChecked.size > 50) svgChecked.clear();
      svgChecked.set(src, result);
    }
    return result;
  }
  if (!getRasterFormat(src)) return 'notPicture';
  return checkRaster(src) ?? src;
}

function checkRaster(src: string): PictureProblem | undefined {
  const size = readPixelSize(src);
  if (!size || !hasSignature(src)) return 'notPicture';
  if (getRasterFormat(src) === 'PNG' && !hasWholePngChunks(src)) return 'notPicture';
  return checkPixelSize(size);
}

/** No picture of no pixels, none too large to decode within memory. */
function checkPixelSize(size: { width: number; height: number } | undefined): PictureProblem | undefined {
  if (!size || size.width === 0 || size.height === 0) return 'notPicture';
  if (size.width > MAX_PICTURE_SIDE || size.height > MAX_PICTURE_SIDE || size.width * size.height > MAX_PICTURE_PIXELS)
    return 'tooManyPixels';
  return undefined;
}

/** PNG's eight signature bytes, or JPEG's start-of-image marker, at the start of the data. */
function hasSignature(src: string): boolean {
  const base64 = src.slice(src.indexOf(',') + 1, src.indexOf(',') + 13);
  let head: string;
  try {
    head = atob(base64);
  } catch {
    return false;
  }
  return getRasterFormat(src) === 'PNG' ? head.startsWith('\x89PNG\r\n\x1a\n') : head.startsWith('\xff\xd8\xff');
}

/** Every chunk of a PNG inside the data, IHDR first, image data present and IEND last: a cut-off file is not drawn. */
function hasWholePngChunks(src: string): boolean {
  let binary: string;
  try {
    binary = atob(src.slice(src.indexOf(',') + 1));
  } catch {
    return false;
  }
  const u32 = (i: number) =>
    ((binary.charCodeAt(i) << 24) >>> 0) +
    (binary.charCodeAt(i + 1) << 16) +
    (binary.charCodeAt(i + 2) << 8) +
    binary.charCodeAt(i + 3);
  let sawData = false;
  for (let i = 8; i + 12 <= binary.length;) {
    const type = binary.slice(i + 4, i + 8);
    if ((i === 8) !== (type === 'IHDR')) return false;
    const next = i + 12 + u32(i);
    if (next > binary.length) return false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData;
    i = next;
  }
  return false;
}

function cleanSvg(src: string): string | PictureProblem {
  const text = decodeSvg(src);
  if (text === undefined) return 'svgUnreadable';
  const result = sanitizeSvg(text);
  if (!result.ok) return result.reason === 'tooLarge' ? 'svgTooLarge' : 'svgUnreadable';
  // The sanitiser keeps embedded rasters (data:image/png, jpeg, gif, webp): their headers are checked like any picture's.
  for (const match of result.svg.matchAll(/href="(data:image\/[^"]+)"/g)) {
    const href = match[1].replace(/\s/g, '');
    const problem = getRasterFormat(href) ? checkRaster(href) : checkGifOrWebp(href);
    if (problem) return problem;
  }
  return `data:image/svg+xml;base64,${textToBase64(result.svg)}`;
}

function decodeSvg(src: string): string | undefined {
  const comma = src.indexOf(',');
  const header = src.slice(0, comma);
  const body = src.slice(comma + 1);
  try {
    if (!/;base64$/i.test(header)) return decodeURIComponent(body);
    return new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(body));
  } catch {
    return undefined;
  }
}

/**
 * A GIF or WebP inside an SVG (the browser draws them, resvg decodes them): its size from the
 * header (GIF's logical screen; WebP's VP8, VP8L or VP8X chunk), held to the same limits.
 */
function checkGifOrWebp(href: string): PictureProblem | undefined {
  let bytes: string;
  try {
    bytes = atob(href.slice(href.indexOf(',') + 1, href.indexOf(',') + 1 + 64));
  } catch {
    return 'notPicture';
  }
  const byte = (i: number) => bytes.charCodeAt(i);
  const u16le = (i: number) => byte(i) | (byte(i + 1) << 8);
  const u24le = (i: number) => u16le(i) | (byte(i + 2) << 16);
  let size: { width: number; height: number } | undefined;
  if (/^GIF8[79]a/.test(bytes) && bytes.length >= 10) size = { width: u16le(6), height: u16le(8) };
  else if (bytes.startsWith('RIFF') && bytes.slice(8, 12) === 'WEBP' && bytes.length >= 30) {
    const chunk = bytes.slice(12, 16);
    if (chunk === 'VP8 ') size = { width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
    else if (chunk === 'VP8L') size = { width: (u16le(21) & 0x3fff) + 1, height: ((u24le(22) >> 6) & 0x3fff) + 1 };
    else if (chunk === 'VP8X') size = { width: u24le(24) + 1, height: u24le(27) + 1 };
  }
  return checkPixelSize(size);
}
