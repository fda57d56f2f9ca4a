// The presentation's sequence, shared by presentation mode and the slides PDF: the overview, then
// for each step the overview with that step revealed (everything else dimmed), then the step's
// own page, one slide per sheet; free pages last. Pure: document and scene context in, scenes out.
import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, getPages, type SceneContext } from '@/scene/buildScene';
import type { Scene, SceneNode, SceneRef } from '@/scene/primitives';
import { getRefStepId } from '@/scene/sceneRef';

export type SlideKind = 'overview' | 'reveal' | 'page';

export type Slide = {
  /** Stable across rebuilds of the same document: `${kind}:${pageId or stepId}:${sheet}`. */
  id: string;
  kind: SlideKind;
  /** The step a reveal or step page belongs to (its speaker notes are the step's). */
  stepId?: string;
  /** The page drawn: the overview for overview and reveal slides. */
  pageId: string;
  sheet: number;
  scene: Scene;
};

/** How much of the background covers the parts of the overview that are not revealed. */
export const DIM_OPACITY = 0.78;

/** Kinds that stay clear on a reveal: the title and the arrow, which lie apart from the steps. */
const framingKinds = new Set<SceneRef['kind']>(['header', 'footer', 'axis']);

/**
 * The overview with one step revealed: the other steps (and bands, tracks, charts) are drawn, then
 * a veil of the background colour, then the step's own nodes and the title and arrow on top.
 * One scene, so the screen and the PDF show the same.
 */
export function getRevealScene(overview: Scene, stepId: string): Scene {
  const isRevealed = (node: SceneNode) => getRefStepId(node.ref) === stepId || framingKinds.has(node.ref.kind);
  const veil: SceneNode = {
    id: 'page:reveal-veil',
    ref: { kind: 'page', id: 'reveal-veil' },
    x: 0,
    y: 0,
    w: overview.width,
    h: overview.height,
    primitives: [
      {
        kind: 'rect',
        x: 0,
        y: 0,
        w: overview.width,
        h: overview.height,
        fill: overview.background,
        opacity: DIM_OPACITY,
      },
    ],
  };
  return {
    ...overview,
    nodes: [...overview.nodes.filter((n) => !isRevealed(n)), veil, ...overview.nodes.filter(isRevealed)],
  };
}

export function getSlides(doc: TrappDocument, context: SceneContext): Slide[] {
  const overviewPage = getOverviewPage(doc);
  const [overview] = buildPage(doc, overviewPage, context).sheets;
  const pages = getPages(doc);
  const sheetsOf = (kind: SlideKind, pageId: string, scenes: Scene[], stepId?: string): Slide[] =>
    scenes.map((scene, sheet) => ({ id: `${kind}:${stepId ?? pageId}:${sheet}`, kind, stepId, pageId, sheet, scene }));
  const slides: Slide[] = sheetsOf('overview', overviewPage.id, [overview]);
  for (const step of doc.steps) {
    slides.push(...sheetsOf('reveal', overviewPage.id, [getRevealScene(overview, step.id)], step.id));
    const page = pages.find((p) => p.kind === 'step' && p.stepId === step.id);
    if (page) slides.push(...sheetsOf('page', page.id, buildPage(doc, page, context).sheets, step.id));
  }
  for (const page of pages.filter((p) => p.kind === 'free'))
    slides.push(...sheetsOf('page', page.id, buildPage(doc, page, context).sheets));
  return slides;
}
