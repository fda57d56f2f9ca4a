import type { Page, TrappDocument } from '@/model/types';
import type { TextMeasurer } from '@/layout/fonts';
import { layoutOverview, type Overflow } from '@/layout/overview';
import { layoutStepPage, type FigureFormatter } from '@/layout/stepPage';
import { getPageSize } from '@/layout/page';
import { buildOverviewScene } from './overviewScene';
import { buildStepSheetScene } from './stepPageScene';
import type { Scene } from './primitives';
import { getMasteryHandles, type EditHandle } from './editHandles';
import { getOverviewFields, type EditField } from './editFields';

/** A page of the document as one or more sheets of paper (a long step page continues on more sheets). */
export type PageView = { sheets: Scene[]; overflows: Overflow[]; handles: EditHandle[]; fields: EditField[] };

export type SceneContext = { measurer: TextMeasurer; formatFigure: FigureFormatter };

/** Document page to picture: layout, then scene. Every renderer starts from what this returns. */
export function buildPage(doc: TrappDocument, page: Page, context: SceneContext): PageView {
  if (page.kind === 'step' && page.stepId && doc.steps.some((s) => s.id === page.stepId)) {
    const layout = layoutStepPage(doc, page.stepId, context.measurer, context.formatFigure);
    return { sheets: layout.sheets.map((sheet, i) => buildStepSheetScene(doc, page.stepId!, sheet, i)), overflows: layout.overflows, handles: [], fields: [] };
  }
  if (page.kind === 'overview') {
    const layout = layoutOverview(doc, context.measurer);
    return { sheets: [buildOverviewScene(doc, layout)], overflows: layout.overflows, handles: layout.mastery ? getMasteryHandles(layout.mastery) : [], fields: getOverviewFields(layout) };
  }
  const { width, height } = getPageSize(doc.page);
  return { sheets: [{ width, height, background: doc.theme.background, nodes: [] }], overflows: [], handles: [], fields: [] };
}

/** The overview page of a document, whether or not it has a page entry for it. */
export function getOverviewPage(doc: TrappDocument): Page {
  return doc.pages.find((p) => p.kind === 'overview') ?? { id: 'overview', kind: 'overview', elements: [] };
}

/** The pages in document order, with an overview first if the document lacks one. */
export function getPages(doc: TrappDocument): Page[] {
  return doc.pages.some((p) => p.kind === 'overview') ? [...doc.pages] : [getOverviewPage(doc), ...doc.pages];
}

/** The overview's layout and scene, for callers that need the geometry too (tests, benchmarks). */
export function buildOverview(doc: TrappDocument, measurer: TextMeasurer) {
  const layout = layoutOverview(doc, measurer);
  return { layout, scene: buildOverviewScene(doc, layout) };
}
