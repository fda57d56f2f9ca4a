import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, getPages, type SceneContext } from '@/scene/buildScene';
import type { Scene } from '@/scene/primitives';
import type { PageChoice } from './options';

/** The sheets an export draws: the overview alone, or every sheet of every page in document order. */
export function getExportSheets(doc: TrappDocument, context: SceneContext, pages: PageChoice): Scene[] {
  const chosen = pages === 'overview' ? [getOverviewPage(doc)] : getPages(doc);
  return chosen.flatMap((page) => buildPage(doc, page, context).sheets);
}
