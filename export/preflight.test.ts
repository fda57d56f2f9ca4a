import { describe, expect, it } from 'vitest';
import type { TrappDocument } from '@/model/types';
import { getNodeSceneContext } from './nodeContext';
import { getImageDpi, MIN_IMAGE_DPI, runPreflight, type PreflightIssue } from './preflight';
import { loadTemplates } from './testing/templates';

const context = getNodeSceneContext();
const templates = loadTemplates();
const template = (id: string) => structuredClone(templates.find((t) => t.id === id)!.document);
const pdfAll = { format: 'pdf', pages: 'all' } as const;
const check = (
  doc: TrappDocument,
  options: { format: 'pdf' | 'png' | 'svg' | 'html'; pages: 'overview' | 'all' } = pdfAll,
) => runPreflight(doc, context, { ...options, paper: doc.page, relayout: true });
const ofKind = <K extends PreflightIssue['kind']>(issues: PreflightIssue[], kind: K) =>
  issues.filter((i): i is Extract<PreflightIssue, { kind: K }> => i.kind === kind);

describe('preflight of the templates', () => {
  it.each(templates.filter((t) => t.id !== 'lillesand'))(
    '$id: nothing to report for a PDF of every page',
    ({ document }) => {
      expect(check(document)).toEqual([]);
    },
  );

  it("Lillesand: its 73 links without an address, each on its step's page, only when step pages are exported", () => {
    const lillesand = template('lillesand');
    const links = ofKind(check(lillesand), 'emptyLink');
    expect(links).toHaveLength(73);
    for (const link of links) {
      const page = lillesand.pages.find((p) => p.id === link.pageId)!;
      expect(page).toMatchObject({ kind: 'step', stepId: link.ref.id });
      expect(link.text).not.toBe('');
    }
    expect(ofKind(check(lillesand, { format: 'pdf', pages: 'overview' }), 'emptyLink')).toEqual([]);
    expect(ofKind(check(lillesand, { format: 'png', pages: 'all' }), 'emptyLink')).toEqual([]);
    expect(ofKind(check(lillesand, { format: 'html', pages: 'overview' }), 'emptyLink')).toHaveLength(73);
  });
});

describe('preflight findings', () => {
  it('reports glyphs the font lacks, once per element, on the overview', () => {
    const doc = template('alver');
    doc.steps[2].title = `${doc.steps[2].title} 漢字`;
    const [issue, ...rest] = ofKind(check(doc, { format: 'png', pages: 'overview' }), 'missingGlyphs');
    expect(rest.filter((i) => i.ref.id === doc.steps[2].id)).toEqual([]);
    expect(issue).toMatchObject({
      pageId: doc.pages.find((p) => p.kind === 'overview')!.id,
      ref: { kind: 'step', id: doc.steps[2].id },
      chars: ['漢', '字'],
    });
    expect(issue.text).toContain('漢');
  });

  it('reports a text that does not fit, with the element and field', () => {
    const doc = template('alver');
    doc.steps[0].title = 'Tverrfaglig '.repeat(30);
    expect(ofKind(check(doc, { format: 'svg', pages: 'overview' }), 'overflow')).toContainEqual(
      expect.objectContaining({ ref: { kind: 'step', id: doc.steps[0].id }, field: 'title' }),
    );
  });

  it('reports contrast failures from the contrast check, only for the pages exported', () => {
    const doc = template('gausdal');
    doc.theme.text = doc.theme.background;
    const overview = ofKind(check(doc, { format: 'pdf', pages: 'overview' }), 'contrast');
    const all = ofKind(check(doc), 'contrast');
    expect(overview.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(overview.length);
    for (const issue of all) expect(issue.ratio).toBeLessThan(issue.required);
  });

  it('checks the layout made for the paper when the document is re-laid for it', () => {
    // Eight words fit Alver's A3 landscape step, not the narrower steps of an A4 portrait layout.
    const doc = template('alver');
    doc.steps[0].title = 'Tverrfaglig '.repeat(8);
    const a4 = { format: 'pdf', pages: 'overview', paper: { size: 'A4', orientation: 'portrait' } } as const;
    expect(runPreflight(doc, context, { ...a4, relayout: false })).toEqual([]);
    expect(runPreflight(doc, context, { ...a4, relayout: true })).toEqual([
      expect.objectContaining({ kind: 'overflow', ref: { kind: 'step', id: doc.steps[0].id }, field: 'title' }),
    ]);
  });

  it('takes 150 dpi at the placed size as the least a picture needs for print', () => {
    expect(getImageDpi(1500, 720)).toBe(MIN_IMAGE_DPI);
    expect(getImageDpi(1000, 720)).toBeLessThan(MIN_IMAGE_DPI);
  });

  it('flags a PNG picture that is too small for print at the size it is drawn in a PDF, and not in a PNG export', () => {
    const doc = template('ostre-toten');
    const page = doc.pages.find((p) => p.kind === 'overview')!;
    // A 120 by 60 pixel logo drawn 300 points wide: 120 × 72 / 300 = 28.8 dpi.
    page.elements = [{ id: 'logo', kind: 'image', x: 800, y: 40, w: 300, h: 150, src: pngOf(120, 60), alt: 'Logo' }];
    expect(ofKind(check(doc), 'lowResolution')).toEqual([
      { kind: 'lowResolution', pageId: page.id, ref: { kind: 'element', id: 'logo' }, dpi: 28 },
    ]);
    expect(ofKind(check(doc, { format: 'png', pages: 'overview' }), 'lowResolution')).toEqual([]);
    // 1200 pixels over 300 points is 288 dpi: enough.
    page.elements[0] = { ...page.elements[0], src: pngOf(1200, 600) } as (typeof page.elements)[0];
    expect(ofKind(check(doc), 'lowResolution')).toEqual([]);
  });
});

/** A PNG data URL with the given size in its header (the rest of the file is not read). */
function pngOf(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
}
