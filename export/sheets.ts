import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, getPages, type SceneContext } from '@/scene/buildScene';
import type { Scene } from '@/scene/primitives';
import { shareSheets } from '@/scene/shareSheets';
import { getShareStepSheets } from '@/model/layoutOptions';
import { getPageScale, getPageSize } from '@/model/pageSize';
import type { PageChoice, Paper } from './options';

/**
 * The sheets an export draws: the overview alone, or every sheet of every page in document order;
 * with the layout option, step pages of one sheet each stacked onto shared sheets where they fit.
 */
export function getExportSheets(doc: TrappDocument, context: SceneContext, pages: PageChoice): Scene[] {
  const chosen = pages === 'overview' ? [getOverviewPage(doc)] : getPages(doc);
  const built = chosen.map((page) => ({ page, sheets: buildPage(doc, page, context).sheets }));
  const sheets = built.flatMap(({ sheets }) => sheets);
  if (!getShareStepSheets(doc.layout)) return sheets;
  const shareable = built.flatMap(({ page, sheets }) => sheets.map(() => page.kind === 'step' && sheets.length === 1));
  return shareSheets(sheets, shareable, 28 * getPageScale(getPageSize(doc.page)));
}

/**
 * The document an export lays out. Re-laid for the paper, it is a copy whose page is the paper, so
 * the layout (which takes its proportions and text sizes from `doc.page`) fills an A4 portrait
 * sheet as it was designed to, instead of the A3 landscape picture shrunk into it.
 */
export function getExportDocument(doc: TrappDocument, options: { paper: Paper; relayout?: boolean }): TrappDocument {
  const same = doc.page.size === options.paper.size && doc.page.orientation === options.paper.orientation;
  return options.relayout && !same ? { ...doc, page: { ...doc.page, ...options.paper } } : doc;
}
