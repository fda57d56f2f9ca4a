// Fonts the user uploaded: read from the document's base64, measured like the shipped ones, and
// handed to the exports beside the shipped files, so canvas, PDF and SVG use the same bytes.
import type { UserFont } from '@/model/types';
import { createMeasurer, getFontKey, shippedFonts, type FontFace, type FontWeight, type TextMeasurer } from './fonts';
import { readFontMetrics, type FontMetrics } from './ttf';
import { base64ToBytes } from '@/model/base64';

export type FontFileInfo = { family: string; weight: FontWeight };
export type FontFileProblem = 'notFont' | 'cffOutlines' | 'noUnicode' | 'damaged' | 'shippedFamily';

/**
 * The family and weight a font file names itself by, or why it cannot be used. A CFF-flavoured
 * OTF is refused: the PDF export embeds TrueType outlines only.
 */
export function readFontFileInfo(bytes: Uint8Array): FontFileInfo | { problem: FontFileProblem } {
  if (bytes.length < 12) return { problem: 'notFont' };
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = data.getUint32(0);
  if (signature === 0x4f54544f) return { problem: 'cffOutlines' };
  if (signature !== 0x00010000 && signature !== 0x74727565) return { problem: 'notFont' };
  const tables = new Map<string, number>();
  const count = data.getUint16(4);
  if (12 + 16 * count > bytes.length) return { problem: 'notFont' };
  for (let i = 0; i < count; i++)
    tables.set(String.fromCharCode(...bytes.subarray(12 + 16 * i, 16 + 16 * i)), data.getUint32(20 + 16 * i));
  if (!tables.has('glyf')) return { problem: 'cffOutlines' };
  try {
    readFontMetrics(bytes);
  } catch (error) {
    // Tables outside the file, units per em or horizontal metrics of 0: refused now, not when drawn.
    return { problem: /Unicode/.test(String(error)) ? 'noUnicode' : 'damaged' };
  }
  const os2 = tables.get('OS/2');
  const weightClass = os2 !== undefined && os2 + 6 <= bytes.length ? data.getUint16(os2 + 4) : 400;
  const weight: FontWeight = weightClass >= 650 ? 700 : weightClass >= 550 ? 600 : 400;
  let name: string | undefined;
  try {
    name = readFamilyName(data, tables.get('name'));
  } catch {
    // A name table pointing outside the file: the font still draws, under the default name.
  }
  const family = name?.trim() || 'Egen skrift';
  if (shippedFonts.some((f) => f.family.toLowerCase() === family.toLowerCase())) return { problem: 'shippedFamily' };
  return { family: family.slice(0, 64), weight };
}

/** The typographic family (name 16) or the family (name 1), Windows Unicode first, then Mac Roman. */
function readFamilyName(data: DataView, offset: number | undefined): string | undefined {
  if (offset === undefined) return undefined;
  const count = data.getUint16(offset + 2);
  const strings = offset + data.getUint16(offset + 4);
  const found = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const record = offset + 6 + 12 * i;
    const [platform, , , nameId, length, start] = [0, 2, 4, 6, 8, 10].map((o) => data.getUint16(record + o));
    if (nameId !== 1 && nameId !== 16) continue;
    let text = '';
    if (platform === 3 || platform === 0)
      for (let k = 0; k + 1 < length; k += 2) text += String.fromCharCode(data.getUint16(strings + start + k));
    else if (platform === 1)
      for (let k = 0; k < length; k++) text += String.fromCharCode(data.getUint8(strings + start + k));
    else continue;
    found.set(`${platform === 1 ? 'mac' : 'win'}:${nameId}`, text);
  }
  return found.get('win:16') ?? found.get('win:1') ?? found.get('mac:16') ?? found.get('mac:1');
}

const metricsCache = new Map<string, FontMetrics | null>();

function readCachedMetrics(font: UserFont): FontMetrics | undefined {
  if (!metricsCache.has(font.data)) {
    let metrics: FontMetrics | null = null;
    try {
      metrics = readFontMetrics(base64ToBytes(font.data));
    } catch {
      // A broken file measures as the shipped fallback; the panel reports it when it is uploaded.
    }
    if (metricsCache.size > 24) metricsCache.clear();
    metricsCache.set(font.data, metrics);
  }
  return metricsCache.get(font.data) ?? undefined;
}

/**
 * Every weight the layout draws with (400, 600, 700) for each uploaded family, each from the
 * family's file nearest in weight, so measuring, the canvas and every export pick the same file
 * and no browser fakes a bold the measurer did not see.
 */
export function getUserFontFaces(fonts: readonly UserFont[] | undefined): (FontFace & { font: UserFont })[] {
  const usable = (fonts ?? []).filter((font) => readCachedMetrics(font));
  const families = [...new Set(usable.map((f) => f.family))];
  return families.flatMap((family) => {
    const files = usable.filter((f) => f.family === family);
    return weights.map((weight) => {
      const font =
        files.find((f) => f.weight === weight) ??
        [...files].sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight) || b.weight - a.weight)[0];
      return { family, weight, font };
    });
  });
}

const weights: readonly FontWeight[] = [400, 600, 700];

/** The measurer with the document's uploaded fonts added. */
export function withUserFonts(base: TextMeasurer, fonts: readonly UserFont[] | undefined): TextMeasurer {
  const faces = getUserFontFaces(fonts);
  if (faces.length === 0) return base;
  const user = createMeasurer(new Map(faces.map((face) => [getFontKey(face), readCachedMetrics(face.font)!])));
  const families = new Set(faces.map((f) => f.family));
  const pick = (face: FontFace) => (families.has(face.family) ? user : base);
  return {
    width: (text, face, size) => pick(face).width(text, face, size),
    metrics: (face) => pick(face).metrics(face),
    missingGlyphs: (text, face) => pick(face).missingGlyphs(text, face),
  };
}

/** The shipped font files with the document's uploaded ones added, keyed like the measurer ("Family:700"). */
export function withUserFontBytes(
  shipped: ReadonlyMap<string, Uint8Array>,
  fonts: readonly UserFont[] | undefined,
): ReadonlyMap<string, Uint8Array> {
  const faces = getUserFontFaces(fonts);
  if (faces.length === 0) return shipped;
  const all = new Map(shipped);
  for (const face of faces) all.set(getFontKey(face), base64ToBytes(face.font.data));
  return all;
}
