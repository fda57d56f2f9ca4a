// The slides PDF: the presentation's sequence (overview, each step revealed, its page) as 16:9
// pages for the meeting papers, drawn by the same vector PDF renderer as every other PDF.
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import type { FontBytes } from './fontBytes';
import { getExportFileName } from './options';
import { renderPdf } from './pdf';
import type { Progress } from './progress';
import { getSlides } from './slideSequence';

/** A little room on the slide, so a projector's overscan does not cut the edges. */
export const SLIDE_MARGIN_MM = 6;
const SLIDE_PAPER = { size: '16:9', orientation: 'landscape' } as const;

export type SlidesInput = { document: TrappDocument; context: SceneContext; fonts: FontBytes };

export function renderSlidesPdf(
  { document, context, fonts }: SlidesInput,
  progress: Progress = {},
): Promise<Uint8Array> {
  const sheets = getSlides(document, context).map((slide) => slide.scene);
  const options = {
    paper: SLIDE_PAPER,
    pages: 'all',
    marginMm: SLIDE_MARGIN_MM,
    bleedMm: 0,
    cropMarks: false,
  } as const;
  return renderPdf({ document, context, fonts, options, sheets }, progress);
}

/** "lillesand-helhetlig-innsatstrapp-lysbilder.pdf", in the document's own language ("-lysbilete" in nynorsk). */
export function getSlidesFileName(doc: TrappDocument): string {
  const name = getExportFileName(doc, { format: 'pdf', paper: SLIDE_PAPER });
  return name.replace(/-16x9\.pdf$/, `-${doc.meta.language === 'nn' ? 'lysbilete' : 'lysbilder'}.pdf`);
}
