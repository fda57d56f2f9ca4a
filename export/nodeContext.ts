// The scene context for Node (command line, tests, benchmarks): shipped fonts, figure labels in the document's language.
import { formatDocumentFigure } from '@/i18n/documentFigures';
import type { SceneContext } from '@/scene/buildScene';
import { getNodeMeasurer } from './nodeFonts';

export function getNodeSceneContext(): SceneContext {
  return { measurer: getNodeMeasurer(), formatFigure: formatDocumentFigure };
}
