import type { jsPDF } from 'jspdf';
import type { FontFace } from '@/layout/fonts';
import { toBinaryString } from '@/model/base64';
import { resolveFontKey, type FontBytes } from './fontBytes';

const weightNames: Record<number, string> = { 400: 'Regular', 600: 'SemiBold', 700: 'Bold' };

/**
 * The PDF name of a font. jsPDF writes only the glyphs used (a subset) but names the font as if
 * whole; the six-letter tag PDF prescribes for subsets tells readers and preflight tools the truth.
 */
export function getPdfFontName(key: string, index: number): string {
  const [family, weight] = key.split(':');
  const tag = `TRAPP${String.fromCharCode(65 + (index % 26))}`;
  return `${tag}+${family.replace(/[^A-Za-z0-9]/g, '')}-${weightNames[Number(weight)] ?? weight}`;
}

/** Adds every shipped font as an embedded Identity-H TrueType font; returns how to pick one for a face. */
export function registerPdfFonts(pdf: jsPDF, fonts: FontBytes): (face: FontFace) => string {
  const names = new Map<string, string>();
  [...fonts.entries()].forEach(([key, bytes], index) => {
    const name = getPdfFontName(key, index);
    const file = `${name}.ttf`;
    pdf.addFileToVFS(file, toBinaryString(bytes));
    pdf.addFont(file, name, 'normal', 'normal', 'Identity-H');
    names.set(key, name);
  });
  return (face) => names.get(resolveFontKey(face, fonts))!;
}
