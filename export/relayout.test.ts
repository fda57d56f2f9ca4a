import { describe, expect, it } from 'vitest';
import { getPageSize } from '@/model/pageSize';
import { readShippedFontBytes } from './nodeFonts';
import { getNodeSceneContext } from './nodeContext';
import { renderPdf } from './pdf';
import { placeScene } from './placement';
import { getExportDocument, getExportSheets } from './sheets';
import { readPdfInfo, readPdfText } from './testing/readers';
import { loadTemplates, squash } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const a4 = { size: 'A4', orientation: 'portrait' } as const;

describe.each(loadTemplates())('re-laid for another paper, $id', ({ document }) => {
  it("is the document itself for its own paper, and a copy with the paper's page otherwise", () => {
    expect(getExportDocument(document, { paper: document.page, relayout: true })).toBe(document);
    expect(getExportDocument(document, { paper: a4, relayout: false })).toBe(document);
    const relaid = getExportDocument(document, { paper: a4, relayout: true });
    expect(relaid.page).toMatchObject(a4);
    expect(relaid.steps).toBe(document.steps);
  });

  it('fills A4 portrait at scale 1 instead of shrinking the landscape picture, every title in the PDF', async () => {
    const [scaled] = getExportSheets(document, context, 'overview');
    const [relaid] = getExportSheets(getExportDocument(document, { paper: a4, relayout: true }), context, 'overview');
    const options = { paper: a4, marginMm: 0, bleedMm: 0, cropMarks: false };
    expect(placeScene(relaid, options).scale).toBeCloseTo(1, 6);
    expect(placeScene(scaled, options).scale).toBeLessThan(0.75);
    expect([relaid.width, relaid.height]).toEqual([getPageSize(a4).width, getPageSize(a4).height]);
    const pdf = await renderPdf({ document, context, fonts, options: { ...options, pages: 'all', relayout: true } });
    expect(readPdfInfo(pdf)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = squash(readPdfText(pdf));
    for (const step of document.steps) expect(text, step.title).toContain(squash(step.title));
  });
});
