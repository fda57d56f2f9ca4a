// Every Node output draws the same picture: the PDF (through pdftoppm), the command line's PNG
// (resvg, text as glyph outlines), the SVG with outlines and the SVG with text (both through
// rsvg-convert), for every template's overview and its first step page, compared at 100 dpi in
// 12 x 12 pixel blocks. The browser's PNG is compared with the canvas in e2e/export-fidelity and
// with the PDF in e2e/crossRenderer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawBlockDiff, getDifferingBlocks } from './testing/blocks';
import { getNodeSceneContext } from './nodeContext';
import { readShippedFontBytes } from './nodeFonts';
import { renderPngInNode } from './nodePng';
import { rasteriseSvgInNode } from './nodeImages';
import { getDefaultExportOptions, type ExportOptions } from './options';
import { renderPdf } from './pdf';
import { placeScene } from './placement';
import { getExportSheets } from './sheets';
import { renderSvg } from './svg';
import { getFontFaceCss } from './svgFonts';
import { createTextOutliner } from './svgOutlines';
import { decodePng, type Pixels } from './testing/pixels';
import { runTool, writeTemp } from './testing/readers';
import { loadTemplates } from './testing/templates';

const DPI = 100;
const MAX_BLOCKS = 2;
const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const outDir = new URL('../tests/e2e/out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const MAX_TEXT_SVG_BLOCKS = 50;

// librsvg reads no @font-face: it is given the shipped fonts as a viewer with them installed has them.
const fontDir = dirname(
  createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
);
const fontConfig = writeTemp(
  `<?xml version="1.0"?><fontconfig><dir>${dirname(fontDir)}</dir><cachedir>${dirname(writeTemp('', 'cache'))}/fontconfig</cachedir></fontconfig>`,
  'conf',
);

const cases = loadTemplates().flatMap(({ id, document }) => {
  const sheets = getExportSheets(document, context, 'all');
  const named = [{ name: 'overview', scene: sheets[0] }];
  if (sheets.length > 1) named.push({ name: 'step-page', scene: sheets[1] });
  return named.map(({ name, scene }) => ({ label: `${id} ${name}`, file: `${id}-${name}`, document, scene }));
});

describe.each(cases)('one picture in every output: $label', ({ file, document, scene }) => {
  const options: ExportOptions = {
    ...getDefaultExportOptions(document),
    bleedMm: 0,
    cropMarks: false,
    pages: 'overview',
  };
  const placement = placeScene(scene, options);
  const width = Math.round((placement.mediaWidth / 72) * DPI);
  const height = Math.round((placement.mediaHeight / 72) * DPI);
  const size = { width, height, dpi: DPI, reduced: false };
  let pdfPixels: Pixels;

  const compare = (name: string, pixels: Pixels) => {
    const blocks = getDifferingBlocks(pdfPixels, pixels);
    if (blocks.length > 0)
      writeFileSync(new URL(`cross-${file}-${name}.png`, outDir), drawBlockDiff(pdfPixels, blocks));
    return blocks;
  };

  it('the PDF renders', async () => {
    const pdf = await renderPdf({
      document,
      context,
      fonts,
      options,
      sheets: [scene],
      rasteriseSvg: rasteriseSvgInNode,
    });
    const path = writeTemp(pdf, 'pdf');
    const result = runTool('pdftoppm', [
      '-png',
      '-singlefile',
      '-scale-to-x',
      String(width),
      '-scale-to-y',
      String(height),
      path,
      path,
    ]);
    expect(result.status).toBe(0);
    pdfPixels = decodePng(readFileSync(`${path}.png`));
    expect(pdfPixels.width).toBe(width);
  });

  it(`the command line's PNG differs from the PDF in at most ${MAX_BLOCKS} blocks`, () => {
    expect(compare('png', decodePng(renderPngInNode(scene, placement, size))).length).toBeLessThanOrEqual(MAX_BLOCKS);
  });

  it(`the SVG with text as outlines (rsvg-convert) differs from the PDF in at most ${MAX_BLOCKS} blocks`, () => {
    const svg = renderSvg(scene, { placement, outliner: createTextOutliner(fonts) });
    const result = runTool(
      'rsvg-convert',
      ['--format', 'png', '--width', String(width), '--height', String(height)],
      svg,
    );
    expect(result.status).toBe(0);
    expect(compare('svg-outlines', decodePng(result.stdout)).length).toBeLessThanOrEqual(MAX_BLOCKS);
  });

  // librsvg 2.54 (Pango) kerns <text> whatever font-kerning says and ignores a position per
  // character, which shifts letters of large headings by a pixel or two (up to 40 blocks measured
  // on a page: a short step page sets its headings at up to 21.6 pt on one long line); the layout
  // measures without kerning, as the PDF, the canvas and the outlines draw. So this output gets a
  // wider bound: it still fails when a font is missing (185 to 360 blocks).
  it(`the SVG with text (rsvg-convert, fonts installed) differs from the PDF in at most ${MAX_TEXT_SVG_BLOCKS} blocks`, () => {
    const svg = renderSvg(scene, { placement, fontFaceCss: getFontFaceCss([scene], fonts) });
    const result = runTool(
      'rsvg-convert',
      ['--format', 'png', '--width', String(width), '--height', String(height)],
      svg,
      { FONTCONFIG_FILE: fontConfig },
    );
    expect(result.status).toBe(0);
    expect(compare('svg-text', decodePng(result.stdout)).length).toBeLessThanOrEqual(MAX_TEXT_SVG_BLOCKS);
  });
});
