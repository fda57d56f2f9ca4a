// Loaded only when the user asks for the slides, so jsPDF stays out of the first page load.
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { sceneExtras } from '@/scene/sceneExtras';
import type { Progress } from '../../../export/progress';
import { getSlidesFileName, renderSlidesPdf } from '../../../export/slides';
import { downloadFile } from '../export/exportInBrowser';
import { loadFontBytes } from '../shell/fonts';

export async function downloadSlides(
  doc: TrappDocument,
  shown: SceneContext,
  progress: Progress,
): Promise<{ fileName: string; bytes: number }> {
  // The slides draw everything even if the editor has not loaded the extras yet.
  const context = { ...shown, extras: sceneExtras };
  const fonts = await loadFontBytes();
  await document.fonts.ready;
  const data = await renderSlidesPdf({ document: doc, context, fonts }, progress);
  const fileName = getSlidesFileName(doc);
  downloadFile({ data, type: 'application/pdf', fileName });
  return { fileName, bytes: data.length };
}
