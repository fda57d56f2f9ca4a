// The scene context for Node (command line, tests, benchmarks): shipped fonts, figure labels in bokmål.
import { createFigureFormatter } from '@/model/numbers';
import { createTranslator } from '@/i18n/translate';
import type { SceneContext } from '@/scene/buildScene';
import { getNodeMeasurer } from './nodeFonts';

export function getNodeSceneContext(): SceneContext {
  const t = createTranslator('nb');
  return { measurer: getNodeMeasurer(), formatFigure: createFigureFormatter((figure) => figure.label || t(`figure.${figure.kind}`)) };
}
