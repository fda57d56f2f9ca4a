// Fonts a document carries, tried before an export uses them. A font whose tables the reader
// refuses, or that jsPDF cannot embed (a damaged glyf or loca table throws deep inside it), is
// left out with a reason; its text is then drawn in the shipped font, as the canvas already does.
import { jsPDF } from 'jspdf';
import type { TrappDocument, UserFont } from '@/model/types';
import { readFontMetrics } from '@/layout/ttf';
import { base64ToBytes, toBinaryString } from '@/model/base64';

export type LeftOutFont = { path: string; family: string; weight: number; detail: string };

const tried = new Map<string, string | undefined>();

/** The document without the fonts that cannot be drawn, and those left out. */
export function getUsableFonts(doc: TrappDocument): { document: TrappDocument; leftOut: LeftOutFont[] } {
  if (!doc.fonts?.length) return { document: doc, leftOut: [] };
  const leftOut: LeftOutFont[] = [];
  const fonts = doc.fonts.filter((font, index) => {
    const detail = getFontProblem(font);
    if (detail !== undefined)
      leftOut.push({ path: `fonts[${index}]`, family: font.family, weight: font.weight, detail });
    return detail === undefined;
  });
  return { document: leftOut.length ? { ...doc, fonts } : doc, leftOut };
}

/** Why a font cannot be drawn, or undefined when it can. */
export function getFontProblem(font: UserFont): string | undefined {
  if (!tried.has(font.data)) {
    if (tried.size > 24) tried.clear();
    tried.set(font.data, tryFont(font));
  }
  return tried.get(font.data);
}

function tryFont(font: UserFont): string | undefined {
  try {
    const bytes = base64ToBytes(font.data);
    readFontMetrics(bytes);
    // Embedding a subset walks glyf, loca, cmap and hmtx as the PDF export will.
    const pdf = new jsPDF({ unit: 'pt', format: [100, 100], putOnlyUsedFonts: true });
    pdf.addFileToVFS('check.ttf', toBinaryString(bytes));
    pdf.addFont('check.ttf', 'Check', 'normal', 'normal', 'Identity-H');
    pdf.setFont('Check', 'normal');
    pdf.text('Trappa ÆØÅ æøå 0123', 10, 50);
    pdf.output('arraybuffer');
    return undefined;
  } catch (error) {
    return String((error as Error)?.message ?? error).slice(0, 160);
  }
}
