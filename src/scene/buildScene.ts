import type { TrappDocument } from '@/model/types';
import type { TextMeasurer } from '@/layout/fonts';
import { layoutOverview, type OverviewLayout } from '@/layout/overview';
import { buildOverviewScene } from './overviewScene';
import type { Scene } from './primitives';

export type PageView = { scene: Scene; layout: OverviewLayout };

/** Document to picture: layout, then scene. Every renderer starts from what this returns. */
export function buildOverview(doc: TrappDocument, measurer: TextMeasurer): PageView {
  const layout = layoutOverview(doc, measurer);
  return { layout, scene: buildOverviewScene(doc, layout) };
}
