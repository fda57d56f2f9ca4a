import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readShippedFontBytes } from './nodeFonts';
import { getNodeSceneContext } from './nodeContext';
import { renderPdf } from './pdf';
import { placeScene } from './placement';
import { getExportSheets } from './sheets';
import { renderSvg } from './svg';
import { createTextOutliner } from './svgOutlines';
import { decodePng, getBlockDifference } from './testing/pixels';
import { runTool, writeTemp } from './testing/readers';
import { loadTemplates } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const WIDTH = 1400;

describe.each(loadTemplates())('SVG with text as outlines, $id', ({ document }) => {
  const [scene] = getExportSheets(document, context, 'overview');
  const placement = placeScene(scene, { paper: document.page, marginMm: 0, bleedMm: 0, cropMarks: false });
  const outlined = renderSvg(scene, { placement, outliner: createTextOutliner(fonts) });

  it('has no <text> and no font, and rsvg-convert renders it without a word', () => {
    expect(outlined).not.toMatch(/<text[\s>]/);
    expect(outlined).not.toContain('@font-face');
    expect(outlined).toMatch(/<use xlink:href="#glyph-\d+-\d+"/);
    const result = runTool('rsvg-convert', ['--format', 'png', '--width', '800'], outlined);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("sits where the PDF's embedded-font text sits: rsvg-convert and pdftoppm agree in all but 1.2 % of blocks", async () => {
    const pdf = await renderPdf({
      document,
      context,
      fonts,
      options: { paper: document.page, pages: 'overview', marginMm: 0, bleedMm: 0, cropMarks: false },
    });
    const file = writeTemp(pdf, 'pdf');
    expect(
      runTool('pdftoppm', ['-png', '-singlefile', '-scale-to-x', String(WIDTH), '-scale-to-y', '-1', file, file])
        .status,
    ).toBe(0);
    const printed = decodePng(readFileSync(`${file}.png`));
    const rsvg = (svg: string) =>
      decodePng(runTool('rsvg-convert', ['--format', 'png', '--width', String(WIDTH)], svg).stdout);
    const differ = getBlockDifference(printed, rsvg(outlined));
    expect(differ).toBeLessThan(0.012);
    // The same page with no text at all differs four times as much or more: the check sees text.
    expect(
      getBlockDifference(printed, rsvg(renderSvg(scene, { placement, outliner: { text: () => '', defs: () => '' } }))),
    ).toBeGreaterThan(4 * differ);
  });
});

describe('glyph outlines', () => {
  it('draws æøå (composite glyphs) and sizes a glyph by its advance, as the measurer does', () => {
    const outliner = createTextOutliner(fonts);
    const g =
      outliner.text({
        kind: 'text',
        x: 10,
        y: 20,
        text: 'Blåbær på øy',
        family: 'Source Sans 3',
        weight: 400,
        size: 12,
        fill: '#123456',
        anchor: 'start',
      }) ?? '';
    expect(g.match(/<use /g)).toHaveLength(10);
    expect(g).toContain('fill="#123456"');
    expect(outliner.defs().match(/<path id=/g)).toHaveLength(9);
    for (const d of outliner.defs().matchAll(/ d="([^"]+)"/g)) expect(d[1]).toMatch(/^M[-\d. MLQZ]+Z$/);
    const width = context.measurer.width('Blåbær på øy', { family: 'Source Sans 3', weight: 400 }, 12);
    const end =
      outliner.text({
        kind: 'text',
        x: 100,
        y: 20,
        text: 'Blåbær på øy',
        family: 'Source Sans 3',
        weight: 400,
        size: 12,
        fill: '#000',
        anchor: 'end',
      }) ?? '';
    expect(Number(end.match(/matrix\([^ ]+ 0 0 [^ ]+ ([-\d.]+)/)![1])).toBeCloseTo(100 - width, 2);
  });
});
