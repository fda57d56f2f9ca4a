// What the layout needs besides the document, as the editor has it: the shipped fonts with the
// document's uploaded ones, figures in the document's language, and the extras once loaded.
import { useMemo } from 'react';
import type { TextMeasurer } from '@/layout/fonts';
import { formatDocumentFigure } from '@/i18n/documentFigures';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { useUserFonts } from '../theme/useUserFonts';
import { useSceneExtras } from './useSceneExtras';

export function useSceneContext(document: TrappDocument, measurer: TextMeasurer): SceneContext {
  // Uploaded fonts travel in the document, so the measurer follows the document's fonts.
  const documentMeasurer = useUserFonts(measurer, document.fonts);
  const extras = useSceneExtras(document);
  // Figures are drawn in the document's language, whatever the interface's.
  return useMemo(
    () => ({ measurer: documentMeasurer, formatFigure: formatDocumentFigure, extras }),
    [documentMeasurer, extras],
  );
}
