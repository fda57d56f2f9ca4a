// The scene context for Node (command line, tests, benchmarks): shipped fonts, figure labels in the
// document's language, and the extras (charts, tracks, icons) always at hand.
import { formatDocumentFigure } from '@/i18n/documentFigures';
import type { SceneContext } from '@/scene/buildScene';
import { sceneExtras } from '@/scene/sceneExtras';
import { getNodeMeasurer } from './nodeFonts';

export function getNodeSceneContext(): SceneContext {
  return { measurer: getNodeMeasurer(), formatFigure: formatDocumentFigure, extras: sceneExtras };
}
