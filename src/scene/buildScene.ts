import type { Page, TrappDocument } from '@/model/types';
import type { TextMeasurer } from '@/layout/fonts';
import { layoutOverview, type Overflow } from '@/layout/overview';
import { layoutStepPage, type FigureFormatter } from '@/layout/stepPage';
import { getPageScale, getPageSize } from '@/model/pageSize';
import { layoutFreeElements } from '@/layout/freeElements';
import { buildFreeElementNodes, getFreeElementFields } from './freeElementsScene';
import { buildOverviewScene } from './overviewScene';
import { buildStepSheetScene } from './stepPageScene';
import type { Scene } from './primitives';
import type { SceneExtras } from './sceneExtras';
import { getMasteryHandles, type EditHandle } from './editHandles';
import { getOverviewFields, type EditField } from './editFields';
import { applyOffsetsToFields, applyOffsetsToHandles, applyOffsetsToScene } from './offsets';

/** A page of the document as one or more sheets of paper (a long step page continues on more sheets). */
export type PageView = {
  sheets: Scene[];
  overflows: Overflow[];
  /** Services the overview leaves out (on the step pages only); none on other pages. */
  leftOut?: Overflow[];
  handles: EditHandle[];
  fields: EditField[];
};

export type SceneContext = {
  measurer: TextMeasurer;
  formatFigure: FigureFormatter;
  /** Charts, tracks and icons: always given in Node; in the browser undefined until loaded (ui/shell/useSceneExtras.ts). */
  extras: SceneExtras | undefined;
};

/** Document page to picture: layout, then scene, then the parts the user moved. Every renderer starts from what this returns. */
export function buildPage(doc: TrappDocument, page: Page, context: SceneContext): PageView {
  return withFreeElements(doc, page, context, buildLaidOutPage(doc, page, context));
}

/** Free elements on the page's first sheet, above everything laid out; connectors attach to laid-out parts by their node ids. */
export function withFreeElements(doc: TrappDocument, page: Page, context: SceneContext, view: PageView): PageView {
  if (page.elements.length === 0) return view;
  const [first, ...rest] = view.sheets;
  const boxes = new Map(first.nodes.map((node) => [node.id, node]));
  const scale = getPageScale(getPageSize(doc.page));
  const geometry = layoutFreeElements(page.elements, (key) => boxes.get(key), {
    doc,
    measurer: context.measurer,
    scale,
    formatFigure: context.formatFigure,
    extras: context.extras,
  });
  const sheet = { ...first, nodes: [...first.nodes, ...buildFreeElementNodes(geometry, doc.theme, scale)] };
  return { ...view, sheets: [sheet, ...rest], fields: [...view.fields, ...getFreeElementFields(geometry, scale)] };
}

function buildLaidOutPage(doc: TrappDocument, page: Page, context: SceneContext): PageView {
  return applyPageOffsets(layoutPage(doc, page, context), page);
}

/** Moves the laid-out parts the user dragged (page.offsets) to where they were dragged. */
export function applyPageOffsets(view: PageView, page: Page): PageView {
  if (!page.offsets) return view;
  return {
    ...view,
    sheets: view.sheets.map((sheet) => applyOffsetsToScene(sheet, page.offsets)),
    fields: applyOffsetsToFields(view.fields, page.offsets),
    handles: applyOffsetsToHandles(view.handles, page.offsets),
  };
}

/** The page as the automatic layout places it, before the user's moves. */
export function layoutPage(doc: TrappDocument, page: Page, context: SceneContext): PageView {
  if (page.kind === 'step' && page.stepId && doc.steps.some((s) => s.id === page.stepId)) {
    const layout = layoutStepPage(doc, page.stepId, context.measurer, context.formatFigure);
    return {
      sheets: layout.sheets.map((sheet, i) => buildStepSheetScene(doc, page.stepId!, sheet, i)),
      overflows: layout.overflows,
      handles: [],
      fields: [],
    };
  }
  if (page.kind === 'overview') {
    const layout = layoutOverview(doc, context.measurer, context.extras);
    return {
      sheets: [buildOverviewScene(doc, layout, context.extras)],
      overflows: layout.overflows,
      leftOut: layout.leftOut,
      handles: layout.mastery ? getMasteryHandles(layout.mastery) : [],
      fields: getOverviewFields(layout),
    };
  }
  const { width, height } = getPageSize(doc.page);
  return {
    sheets: [{ width, height, background: doc.theme.background, nodes: [] }],
    overflows: [],
    handles: [],
    fields: [],
  };
}

/** The overview page of a document, whether or not it has a page entry for it. */
export function getOverviewPage(doc: Pick<TrappDocument, 'pages'>): Page {
  return doc.pages.find((p) => p.kind === 'overview') ?? { id: 'overview', kind: 'overview', elements: [] };
}

/** The pages in document order, with an overview first if the document lacks one. */
export function getPages(doc: Pick<TrappDocument, 'pages'>): Page[] {
  return doc.pages.some((p) => p.kind === 'overview') ? [...doc.pages] : [getOverviewPage(doc), ...doc.pages];
}

/** The overview's layout and scene, for callers that need the geometry too (tests, benchmarks). */
export function buildOverview(doc: TrappDocument, measurer: TextMeasurer, extras: SceneExtras | undefined) {
  const layout = layoutOverview(doc, measurer, extras);
  return { layout, scene: buildOverviewScene(doc, layout, extras) };
}
