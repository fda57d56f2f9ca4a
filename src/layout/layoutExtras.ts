// Parts of the layout most documents never use: the mastery chart, figure bars, tracks and icons.
// They are handed to the layout (SceneContext.extras) instead of imported by it, so the browser
// loads them with the first document that has one (about 10 KB gzip less in the first page load);
// in Node every context carries them (export/nodeContext.ts).
import type { TrappDocument } from '@/model/types';
import type { layoutFigureBars } from './figureBars';
import type { placeIcon } from './icons';
import type { getMasterySlots, layoutMasteryChart } from './masteryChart';
import type { planTrack } from './track';

export type LayoutExtras = {
  getMasterySlots: typeof getMasterySlots;
  layoutMasteryChart: typeof layoutMasteryChart;
  layoutFigureBars: typeof layoutFigureBars;
  planTrack: typeof planTrack;
  placeIcon: typeof placeIcon;
};

/** True when the document draws something only the extras lay out: a chart, a track or an icon. */
export function needsExtras(doc: TrappDocument): boolean {
  return (
    doc.charts.length > 0 ||
    doc.tracks.length > 0 ||
    doc.pages.some((page) => page.elements.some((element) => element.kind === 'icon'))
  );
}
