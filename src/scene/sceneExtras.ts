// The extras (see layout/layoutExtras.ts) with their scene builders, as one object. Node imports it
// directly; the browser loads it with the first document that needs it (ui/shell/useSceneExtras.ts).
import { layoutFigureBars } from '@/layout/figureBars';
import { placeIcon } from '@/layout/icons';
import type { LayoutExtras } from '@/layout/layoutExtras';
import { getMasterySlots, layoutMasteryChart } from '@/layout/masteryChart';
import { planTrack } from '@/layout/track';
import { buildFigureBarsNodes } from './figureBarsScene';
import { buildMasteryNodes } from './masteryChartScene';
import { buildTrackNodes } from './trackScene';

export type SceneExtras = LayoutExtras & {
  buildMasteryNodes: typeof buildMasteryNodes;
  buildFigureBarsNodes: typeof buildFigureBarsNodes;
  buildTrackNodes: typeof buildTrackNodes;
};

export const sceneExtras: SceneExtras = {
  getMasterySlots,
  layoutMasteryChart,
  layoutFigureBars,
  planTrack,
  placeIcon,
  buildMasteryNodes,
  buildFigureBarsNodes,
  buildTrackNodes,
};
