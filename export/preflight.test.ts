import { describe, expect, it } from 'vitest';
import type { TrappDocument } from '@/model/types';
import { getNodeSceneContext } from './nodeContext';
import { getImageDpi, MIN_IMAGE_DPI, runPreflight, type PreflightIssue } from './preflight';
import { loadTemplates } from './testing/templates';

const context = getNodeSceneContext();
const templates = loadTemplates();
const template = (id: string) => structuredClone(templates.find((t) => t.id === id)!.document);
const pdfAll = { format: 'pdf', pages: 'all' } as const;
const check = (doc: TrappDocument, options: { format: 'pdf' | 'png' | 'svg' | 'html'; pages: 'overview' | 'all' } = pdfAll) =>
  runPreflight(doc, context, { ...options, paper: doc.page, relayout: true });
const ofKind = <K extends PreflightIssue['kind']>(issues: PreflightIssue[], kind: K) => issues.filter((i): i is Extract<PreflightIssue, { kind: K }> => i.kind === kind);

describe('preflight of the templates', () => {
  it.each(templates.filter((t) => t.id !== 'lillesand'))('$id: nothing to report for a PDF of every page', ({ document }) => {
    expect(check(document)).toEqual([]);
  });

  it('Lillesand: its 73 links without an address, each on its step\'s page, only when step pages are exported', () => {
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
    expect(issue).toMatchObject({ pageId: doc.pages.find((p) => p.kind === 'overview')!.id, ref: { kind: 'step', id: doc.steps[2].id }, chars: ['漢', '字'] });
    expect(issue.text).toContain('漢');
  });

  it('reports a text that does not fit, with the element and field', () => {
    const doc = template('alver');
    doc.steps[0].title = 'Tverrfaglig '.repeat(30);
    expect(ofKind(check(doc, { format: 'svg', pages: 'overview' }), 'overflow')).toContainEqual(expect.objectContaining({ ref: { kind: 'step', id: doc.steps[0].id }, field: 'title' }));
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
    expect(runPreflight(doc, context, { ...a4, relayout: true })).toEqual([expect.objectContaining({ kind: 'overflow', ref: { kind: 'step', id: doc.steps[0].id }, field: 'title' })]);
  });

  it('has the rule for images ready: 150 dpi at the placed size', () => {
    expect(getImageDpi(1500, 720)).toBe(MIN_IMAGE_DPI);
    expect(getImageDpi(1000, 720)).toBeLessThan(MIN_IMAGE_DPI);
  });
});
