// Loaded only when the user asks for the slides, so jsPDF stays out of the first page load.
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import type { Progress } from '../../../export/progress';
import { getSlidesFileName, renderSlidesPdf } from '../../../export/slides';
import { downloadFile } from '../export/exportInBrowser';
import { loadFontBytes } from '../shell/fonts';

export async function downloadSlides(
  doc: TrappDocument,
  context: SceneContext,
  progress: Progress,
): Promise<{ fileName: string; bytes: number }> {
  const fonts = await loadFontBytes();
  await document.fonts.ready;
  const data = await renderSlidesPdf({ document: doc, context, fonts }, progress);
  const fileName = getSlidesFileName(doc);
  downloadFile({ data, type: 'application/pdf', fileName });
  return { fileName, bytes: data.length };
}
