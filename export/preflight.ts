// Preflight: what an export would get wrong, found before it is made, for the pages it draws.
// Each finding names the page and the element, so the dialog can take the user there; the export
// may proceed anyway.
import type { Item, Page, TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, getPages, type SceneContext } from '@/scene/buildScene';
import { checkDocumentContrast } from '@/scene/contrastCheck';
import type { ImagePrimitive, SceneRef } from '@/scene/primitives';
import { getPageSize } from '@/model/pageSize';
import { readPixelSize } from './images';
import type { ExportOptions } from './options';
import { getExportDocument } from './sheets';

type At = { pageId: string; ref: SceneRef };

export type PreflightIssue =
  /** A text the layout had to cut or shrink below its smallest size. */
  | (At & { kind: 'overflow'; field: string })
  /** Services a step on the overview leaves out: on its step page only, or on no page without one. */
  | (At & { kind: 'leftOut'; field: string; texts: string[] })
  /** Characters the shipped font has no glyph for: they would print as a box or in another font. */
  | (At & { kind: 'missingGlyphs'; text: string; chars: string[] })
  /** A service item's link with no address: its text would not be clickable. */
  | (At & { kind: 'emptyLink'; text: string; item: string })
  /** A text below WCAG 2.1 AA contrast against what is drawn under it. */
  | (At & { kind: 'contrast'; text: string; ratio: number; required: number })
  /** A PNG or JPEG picture with too few pixels for print at the size it is drawn on the paper. */
  | (At & { kind: 'lowResolution'; dpi: number });

export type PreflightOptions = Pick<ExportOptions, 'format' | 'pages' | 'paper'> & { relayout?: boolean };

/**
 * In a PDF (the format that goes to print) a PNG or JPEG picture placed `placedWidthPt` wide with
 * `pixelWidth` pixels is flagged when `getImageDpi` is below `MIN_IMAGE_DPI`. SVG pictures are
 * rasterised at print resolution and never flagged.
 */
export const MIN_IMAGE_DPI = 150;
export const getImageDpi = (pixelWidth: number, placedWidthPt: number) => (pixelWidth * 72) / placedWidthPt;

function getPictureDpi(image: ImagePrimitive, pointsPerUnit: number): number | undefined {
  const pixels = readPixelSize(image.href);
  return pixels && getImageDpi(pixels.width, image.w * pointsPerUnit);
}

/** The pages an export draws: every page for a PDF of all pages, else the overview. */
export function getExportedPages(doc: TrappDocument, options: Pick<PreflightOptions, 'format' | 'pages'>): Page[] {
  return options.format === 'pdf' && options.pages === 'all' ? getPages(doc) : [getOverviewPage(doc)];
}

export function runPreflight(
  source: TrappDocument,
  context: SceneContext,
  options: PreflightOptions,
): PreflightIssue[] {
  const doc = options.format === 'html' ? source : getExportDocument(source, options);
  const pages = getExportedPages(doc, options);
  const issues: PreflightIssue[] = [];
  for (const page of pages) {
    const view = buildPage(doc, page, context);
    // A step page that continues on another sheet loses nothing: the sheet is exported too.
    for (const o of view.overflows)
      if (o.field !== 'pageContinues')
        issues.push({ kind: 'overflow', pageId: page.id, ref: { kind: o.kind, id: o.id }, field: o.field });
    for (const o of view.leftOut ?? [])
      issues.push({
        kind: 'leftOut',
        pageId: page.id,
        ref: { kind: o.kind, id: o.id },
        field: o.field,
        texts: o.texts ?? [],
      });
    for (const scene of view.sheets) {
      // Points on the paper per scene unit: 1 when laid out for the paper, else the fit's scale (margins left aside).
      const pointsPerUnit = getPageSize(options.paper).width / scene.width;
      for (const node of scene.nodes) {
        if (options.format === 'pdf') {
          const low = node.primitives
            .flatMap((p) => (p.kind === 'image' ? [getPictureDpi(p, pointsPerUnit)] : []))
            .find((dpi) => dpi !== undefined && dpi < MIN_IMAGE_DPI);
          if (low !== undefined)
            issues.push({ kind: 'lowResolution', pageId: page.id, ref: node.ref, dpi: Math.floor(low) });
        }
        const chars = new Set<string>();
        let text = '';
        for (const p of node.primitives) {
          if (p.kind !== 'text') continue;
          const missing = context.measurer.missingGlyphs(p.text, p);
          if (missing.length && !text) text = p.text;
          for (const char of missing) chars.add(char);
        }
        if (chars.size) issues.push({ kind: 'missingGlyphs', pageId: page.id, ref: node.ref, text, chars: [...chars] });
      }
    }
  }
  issues.push(...getEmptyLinks(doc, pages, options.format === 'html'));
  const pageIds = new Set(pages.map((p) => p.id));
  for (const c of checkDocumentContrast(doc, context)) {
    if (pageIds.has(c.pageId))
      issues.push({
        kind: 'contrast',
        pageId: c.pageId,
        ref: c.ref,
        text: c.text,
        ratio: c.ratio,
        required: c.required,
      });
  }
  return issues;
}

/** Links are drawn on step pages, and the web page links every step's items; only those exported count. */
function getEmptyLinks(doc: TrappDocument, pages: readonly Page[], allSteps: boolean): PreflightIssue[] {
  const overview = getOverviewPage(doc).id;
  const pageOf = new Map(pages.filter((p) => p.kind === 'step' && p.stepId).map((p) => [p.stepId!, p.id]));
  const issues: PreflightIssue[] = [];
  for (const step of doc.steps) {
    const pageId = pageOf.get(step.id) ?? (allSteps ? overview : undefined);
    if (!pageId) continue;
    const visit = (items: readonly Item[]) => {
      for (const item of items) {
        for (const link of item.links ?? [])
          if (!link.href.trim())
            issues.push({
              kind: 'emptyLink',
              pageId,
              ref: { kind: 'step', id: step.id },
              text: link.text,
              item: item.text,
            });
        visit(item.items ?? []);
      }
    };
    visit(step.commitments.items);
    for (const section of step.sections) visit(section.items);
  }
  return issues;
}
