import type { Page, TrappDocument } from '@/model/types';
import { applyPageOffsets, layoutPage, withFreeElements, type PageView, type SceneContext } from './buildScene';

/** True when nothing the automatic layout reads differs: every part of the document but the pages' offsets and free elements. */
function isSameLayoutInput(a: TrappDocument, b: TrappDocument, pageA: Page, pageB: Page): boolean {
  for (const key of Object.keys(b) as (keyof TrappDocument)[]) if (key !== 'pages' && a[key] !== b[key]) return false;
  if (
    a.pages.length !== b.pages.length ||
    a.pages.some((p, i) => p.id !== b.pages[i].id || p.kind !== b.pages[i].kind || p.stepId !== b.pages[i].stepId)
  )
    return false;
  return (
    pageA.id === pageB.id && pageA.kind === pageB.kind && pageA.stepId === pageB.stepId && pageA.title === pageB.title
  );
}

/**
 * `buildPage` that lays the page out again only when something besides the offsets and free
 * elements changed, so dragging a part or an element only redraws what was dragged.
 */
export function createPageBuilder() {
  let last: { doc: TrappDocument; page: Page; context: SceneContext; view: PageView } | undefined;
  return (doc: TrappDocument, page: Page, context: SceneContext): PageView => {
    if (!last || last.context !== context || !isSameLayoutInput(last.doc, doc, last.page, page))
      last = { doc, page, context, view: layoutPage(doc, page, context) };
    return withFreeElements(doc, page, context, applyPageOffsets(last.view, page));
  };
}
