// The browser's side of export: the page's font bytes, a canvas for PNG, and the download.
// Loaded only when the user exports, so jsPDF never weighs on the first page load.
import type { TrappDocument } from '@/model/types';
import { withUserFontBytes } from '@/layout/userFonts';
import type { SceneContext } from '@/scene/buildScene';
import { sceneExtras } from '@/scene/sceneExtras';
import { renderHtml } from '../../../export/html';
import { getExportFileName, type ExportOptions } from '../../../export/options';
import { renderPdf } from '../../../export/pdf';
import { placeScene } from '../../../export/placement';
import type { Progress } from '../../../export/progress';
import { getPngDpi, getPngSize, renderPng } from '../../../export/rasterPng';
import { getExportDocument, getExportSheets } from '../../../export/sheets';
import { renderSvg } from '../../../export/svg';
import { getFontFaceCss } from '../../../export/svgFonts';
import { createTextOutliner } from '../../../export/svgOutlines';
import { decodeImages, rasteriseSvgInBrowser } from './exportImages';
import { createCanvasPixelReader } from './readCanvasPixels';
import { loadFontBytes } from '../shell/fonts';
import { getDrawablePictures } from '../../../export/drawablePictures';

export type ExportFile = { data: Uint8Array | string; type: string; fileName: string; reducedDpi?: number };

const types = { pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml', html: 'text/html' } as const;

export async function exportInBrowser(
  given: TrappDocument,
  shown: SceneContext,
  options: ExportOptions,
  progress: Progress,
): Promise<ExportFile> {
  // The export draws everything even if the editor has not loaded the extras yet.
  const context = { ...shown, extras: sceneExtras };
  // SVG pictures rebuilt without outside references, broken or oversized rasters left out, as on the command line.
  const doc = getDrawablePictures(given).document;
  // The document's uploaded fonts are embedded beside the shipped ones; `context` measures with them already.
  const fonts = withUserFontBytes(await loadFontBytes(), doc.fonts);
  // Drawing uses the fonts the page registered; wait until they are ready, as the canvas does.
  await document.fonts.ready;
  const file = { type: types[options.format], fileName: getExportFileName(doc, options) };
  if (options.format === 'pdf')
    return {
      ...file,
      data: await renderPdf({ document: doc, context, fonts, options, rasteriseSvg: rasteriseSvgInBrowser }, progress),
    };
  if (options.format === 'html') return { ...file, data: renderHtml({ document: doc, context, fonts }) };
  const [scene] = getExportSheets(getExportDocument(doc, options), context, 'overview');
  if (options.format === 'svg') {
    const text = options.outlines
      ? { outliner: createTextOutliner(fonts) }
      : { fontFaceCss: getFontFaceCss([scene], fonts) };
    return { ...file, data: renderSvg(scene, { placement: placeScene(scene, options), ...text }) };
  }
  const placement = placeScene(scene, { ...options, bleedMm: 0, cropMarks: false });
  const size = getPngSize(placement, getPngDpi(options, placement));
  const createCanvas = (width: number, height: number) =>
    Object.assign(document.createElement('canvas'), { width, height });
  const images = await decodeImages([scene]);
  const data = await renderPng(
    {
      scene,
      placement,
      size,
      measurer: context.measurer,
      transparent: options.transparent,
      images,
      createCanvas,
      readPixels: createCanvasPixelReader(),
    },
    progress,
  );
  return { ...file, data, reducedDpi: size.reduced ? Math.round(size.dpi) : undefined };
}

export function downloadFile(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
