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
    return elements.length === page.elements.length && elements.every((e, i) => e === page.elements[i]) ? page : { ...page, elements };
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
  if (size.width === 0 || size.height === 0) return 'notPicture';
  if (size.width > MAX_PICTURE_SIDE || size.height > MAX_PICTURE_SIDE || size.width * size.height > MAX_PICTURE_PIXELS) return 'tooManyPixels';
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
  const u32 = (i: number) => ((binary.charCodeAt(i) << 24) >>> 0) + (binary.charCodeAt(i + 1) << 16) + (binary.charCodeAt(i + 2) << 8) + binary.charCodeAt(i + 3);
  let sawData = false;
  for (let i = 8; i + 12 <= binary.length; ) {
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
  // The sanitiser keeps embedded rasters (data:image/png...): their headers are checked like any picture's.
  for (const match of result.svg.matchAll(/href="(data:image\/[^"]+)"/g)) {
    const raster = getRasterFormat(match[1]) ? checkRaster(match[1].replace(/\s/g, '')) : undefined;
    if (raster) return raster;
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
