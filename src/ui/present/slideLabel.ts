import type { TrappDocument } from '@/model/types';
import { getStepNumber } from '@/model/steps';
import type { Translate } from '@/i18n/translate';
import type { Slide } from '../../../export/slideSequence';

/** What a slide shows, in words: its accessible name and the presenter view's caption. */
export function getSlideLabel(t: Translate, doc: TrappDocument, slide: Slide): string {
  const step = doc.steps.find((s) => s.id === slide.stepId);
  if (slide.kind === 'overview')
    return t('present.overview', { title: [doc.meta.municipality, doc.meta.title].filter(Boolean).join(': ') });
  if (step && slide.kind === 'reveal')
    return t('present.reveal', { number: getStepNumber(doc, step.id), count: doc.steps.length, title: step.title });
  if (step) return t('present.stepPage', { number: getStepNumber(doc, step.id), title: step.title });
  const page = doc.pages.find((p) => p.id === slide.pageId);
  return page?.title || t('pages.free', { number: doc.pages.filter((p) => p.kind === 'free').indexOf(page!) + 1 });
}

/** Speaker notes of a slide: its step's notes. */
export function getSlideNotes(doc: TrappDocument, slide: Slide | undefined): string {
  return doc.steps.find((s) => s.id === slide?.stepId)?.notes?.trim() ?? '';
}
