// The vector PDF: every sheet's primitives drawn with jsPDF, text in the embedded shipped fonts.
// Pure: the document, the scene context (measurer), the font bytes and the options come in, bytes go out.
import { jsPDF } from 'jspdf';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import type { Scene } from '@/scene/primitives';
import type { FontBytes } from './fontBytes';
import type { ExportOptions } from './options';
import { drawSceneOnPdf } from './pdfDraw';
import { registerPdfFonts } from './pdfFonts';
import { placeScene, type Placement } from './placement';
import { getExportDocument, getExportSheets } from './sheets';
import { checkCancelled, type Progress } from './progress';
import { rasteriseSvgImages, type SvgRasteriser } from './images';

/** How many points of paper one scene unit becomes at most, so pictures are rasterised sharp enough for every sheet. */
const getPaperScale = (sheets: readonly Scene[], options: PdfInput['options']) =>
  Math.max(1, ...sheets.map((scene) => placeScene(scene, options).scale));

export type PdfInput = {
  document: TrappDocument;
  context: SceneContext;
  fonts: FontBytes;
  options: Pick<ExportOptions, 'paper' | 'pages' | 'marginMm' | 'bleedMm' | 'cropMarks'> & { relayout?: boolean };
  /** Scenes to draw instead of the document's pages (the slides export); `options.pages` is then unused. */
  sheets?: Scene[];
  /** Rasterises SVG pictures for the PDF (a canvas in the browser, resvg in Node); without it they are left out. */
  rasteriseSvg?: SvgRasteriser;
  /** Told of each picture that could not be drawn (left out of the PDF). */
  onPictureFailed?: (href: string) => void;
};

export async function renderPdf(input: PdfInput, progress: Progress = {}): Promise<Uint8Array> {
  const { document: doc, context, fonts, options } = input;
  const drawn = input.sheets ?? getExportSheets(getExportDocument(doc, options), context, options.pages);
  const sheets = input.rasteriseSvg
    ? await rasteriseSvgImages(drawn, input.rasteriseSvg, getPaperScale(drawn, options))
    : drawn;
  let pdf: jsPDF | undefined;
  let fontFor: ReturnType<typeof registerPdfFonts> | undefined;
  for (const [index, scene] of sheets.entries()) {
    await checkCancelled(progress, index / sheets.length);
    const placement = placeScene(scene, options);
    const format = [placement.mediaWidth, placement.mediaHeight];
    const orientation = placement.mediaWidth > placement.mediaHeight ? 'landscape' : 'portrait';
    if (!pdf) {
      // Only the fonts drawn with are written, so none of jsPDF's 14 unembedded standard fonts appear.
      pdf = new jsPDF({ unit: 'pt', format, orientation, putOnlyUsedFonts: true, compress: true });
      fontFor = registerPdfFonts(pdf, fonts);
    } else {
      pdf.addPage(format, orientation);
    }
    setPageBoxes(pdf, placement);
    drawSceneOnPdf(scene, {
      pdf,
      placement,
      fontFor: fontFor!,
      measurer: context.measurer,
      onPictureFailed: input.onPictureFailed,
    });
    drawCropMarks(pdf, placement);
  }
  if (!pdf) throw new Error('nothing to export');
  const meta = doc.meta;
  pdf.setDocumentProperties({
    title: meta.title || meta.municipality,
    author: meta.municipality,
    subject: [meta.title, meta.municipality].filter(Boolean).join(' – '),
    keywords: 'innsatstrapp',
    creator: 'Trappa',
  });
  pdf.setLanguage(meta.language);
  await checkCancelled(progress, 1);
  return new Uint8Array(pdf.output('arraybuffer'));
}

/** TrimBox and BleedBox tell the print shop where to cut; jsPDF writes them from the page context (PDF y is up). */
function setPageBoxes(pdf: jsPDF, placement: Placement) {
  const context = pdf.getCurrentPageInfo().pageContext as Record<string, unknown>;
  const toPdfBox = (b: { x: number; y: number; w: number; h: number }) => ({
    bottomLeftX: b.x,
    bottomLeftY: placement.mediaHeight - b.y - b.h,
    topRightX: b.x + b.w,
    topRightY: placement.mediaHeight - b.y,
  });
  if (placement.mediaWidth === placement.trim.w && placement.mediaHeight === placement.trim.h) return;
  context.trimBox = toPdfBox(placement.trim);
  context.bleedBox = toPdfBox(placement.bleed);
}

/** Hairlines in registration colour (every separation), so they show on every printing plate. */
function drawCropMarks(pdf: jsPDF, placement: Placement) {
  if (placement.cropMarks.length === 0) return;
  pdf.setDrawColor(1, 1, 1, 1);
  pdf.setLineWidth(0.25);
  pdf.setLineCap('butt');
  pdf.setLineDashPattern([], 0);
  for (const [x1, y1, x2, y2] of placement.cropMarks) pdf.line(x1, y1, x2, y2);
}
