import { describe, expect, it } from 'vitest';
import { getPageSize } from '@/model/pageSize';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { readShippedFontBytes } from './nodeFonts';
import { getNodeSceneContext } from './nodeContext';
import type { ExportOptions } from './options';
import { renderPdf } from './pdf';
import { MM } from './placement';
import { getExportSheets } from './sheets';
import { readPdfFonts, readPdfInfo, readPdfText } from './testing/readers';
import { getServiceItems, loadTemplates, squash } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const templates = loadTemplates();
const pdfOf = (document: TrappDocument, options: Partial<ExportOptions> = {}) =>
  renderPdf({
    document,
    context,
    fonts,
    options: { paper: document.page, pages: 'overview', marginMm: 0, bleedMm: 0, cropMarks: false, ...options },
  });
const pageSize = (info: Record<string, string>) =>
  info['Page size']
    .match(/([\d.]+) x ([\d.]+)/)!
    .slice(1)
    .map(Number);
const boxSize = (box: string) => {
  const [x1, y1, x2, y2] = box.split(/\s+/).map(Number);
  return [x2 - x1, y2 - y1];
};

describe.each(templates)('PDF of the $id template, read by poppler', ({ document }) => {
  it("overview alone: one page of the document's paper size, every font embedded and subset", async () => {
    const pdf = await pdfOf(document);
    const info = readPdfInfo(pdf);
    const { width, height } = getPageSize(document.page);
    expect(info.Pages).toBe('1');
    expect(pageSize(info)[0]).toBeCloseTo(width, 1);
    expect(pageSize(info)[1]).toBeCloseTo(height, 1);
    expect(info.Title).toBe(document.meta.title);
    expect(info.Author).toBe(document.meta.municipality);
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/Lang (${document.meta.language})`);
    const listed = readPdfFonts(pdf);
    expect(listed.length).toBeGreaterThan(0);
    for (const font of listed) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(listed.map((f) => f.name).join(' ')).not.toMatch(/Helvetica|Times|Courier|Symbol|Zapf/);
    expect(pdf.length).toBeLessThan(250 * 1024);
    const text = squash(readPdfText(pdf));
    for (const step of document.steps) expect(text, step.title).toContain(squash(step.title));
  });

  it('all pages: one page per sheet, with every step title and service item as text, æøå intact', async () => {
    const pdf = await pdfOf(document, { pages: 'all' });
    const sheets = getExportSheets(document, context, 'all');
    expect(readPdfInfo(pdf).Pages).toBe(String(sheets.length));
    expect(sheets.length).toBeGreaterThan(1);
    const text = squash(readPdfText(pdf));
    for (const step of document.steps) expect(text, step.title).toContain(squash(step.title));
    for (const item of getServiceItems(document)) expect(text, item).toContain(squash(item));
    const source = JSON.stringify(document);
    for (const letter of 'æøåÆØÅ') if (source.includes(letter)) expect(text, letter).toContain(letter);
  });
});

describe('PDF paper, print marks and links', () => {
  const alver = templates.find((t) => t.id === 'alver')!.document;

  it.each([
    ['A4', 'portrait', 595.28, 841.89],
    ['A0', 'landscape', 3370.39, 2383.94],
    ['16:9', 'landscape', 960, 540],
  ] as const)('fits an A3 poster on %s %s', async (size, orientation, width, height) => {
    const info = readPdfInfo(await pdfOf(alver, { paper: { size, orientation }, marginMm: 10 }));
    expect(pageSize(info)[0]).toBeCloseTo(width, 0);
    expect(pageSize(info)[1]).toBeCloseTo(height, 0);
  });

  it('print shop: the trim box is the paper, the bleed box 3 mm larger, the media box holds the crop marks', async () => {
    const info = readPdfInfo(
      await pdfOf(alver, { paper: { size: 'A1', orientation: 'landscape' }, bleedMm: 3, cropMarks: true }),
    );
    const a1 = getPageSize({ size: 'A1', orientation: 'landscape' });
    const [trimW, trimH] = boxSize(info.TrimBox);
    const [bleedW, bleedH] = boxSize(info.BleedBox);
    expect(trimW).toBeCloseTo(a1.width, 1);
    expect(trimH).toBeCloseTo(a1.height, 1);
    expect(bleedW - trimW).toBeCloseTo(6 * MM, 1);
    expect(bleedH - trimH).toBeCloseTo(6 * MM, 1);
    expect(pageSize(info)[0]).toBeGreaterThan(bleedW + 10 * MM);
  });

  it('makes web, e-mail and phone links clickable and drops others', async () => {
    const doc = createBlankDocument({ steps: 2, language: 'nn' });
    const item = (id: string, text: string, href: string) => ({ id, text, links: [{ text, href }] });
    doc.steps[0].sections = [
      {
        id: 's',
        heading: 'Tenester',
        items: [
          item('a', 'Bibliotek', 'https://alver.kommune.no/bibliotek'),
          item('b', 'Skriv til oss', 'mailto:post@alver.kommune.no'),
          item('c', 'Farleg', 'javascript:alert(1)'),
        ],
      },
    ];
    doc.pages.push({ id: 'page-1', kind: 'step', stepId: doc.steps[0].id, elements: [] });
    const pdf = Buffer.from(await pdfOf(doc, { pages: 'all' })).toString('latin1');
    expect(pdf).toContain('/URI (https://alver.kommune.no/bibliotek)');
    expect(pdf).toContain('/URI (mailto:post@alver.kommune.no)');
    expect(pdf).not.toContain('javascript');
    expect(pdf).toContain('/Lang (nn)');
  });
});

describe('PDF progress and cancel', () => {
  const lillesand = templates.find((t) => t.id === 'lillesand')!.document;

  it('reports progress per sheet up to 1, and stops when cancelled', async () => {
    const seen: number[] = [];
    await renderPdf(
      {
        document: lillesand,
        context,
        fonts,
        options: { paper: lillesand.page, pages: 'all', marginMm: 0, bleedMm: 0, cropMarks: false },
      },
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const controller = new AbortController();
    const cancelled = renderPdf(
      {
        document: lillesand,
        context,
        fonts,
        options: { paper: lillesand.page, pages: 'all', marginMm: 0, bleedMm: 0, cropMarks: false },
      },
      { signal: controller.signal, onProgress: (f) => f > 0.3 && controller.abort() },
    );
    await expect(cancelled).rejects.toThrow('export cancelled');
  });
});
