// The texts a step shows on the overview at the document's detail level: its title, and under it
// its subtitle or its first few services. Shared by the staircase, the equal-height row and the list.
import { getHeadingWeight } from '@/model/themes';
import { getDetail } from '@/model/layoutOptions';
import type { Step, TrappDocument } from '@/model/types';
import type { TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import { fitText, type FittedText } from './wrap';

/** How many services the overview shows under a title at the 'services' detail level. */
export const KEY_SERVICE_COUNT = 3;

export type StepDetailKind = 'subtitle' | 'services';

/** The step's first few services: the items of its sections, or its commitments when it has no sections. */
export function getKeyServices(step: Step, count = KEY_SERVICE_COUNT): string[] {
  const texts = (items: readonly { text: string }[]) => items.map((item) => item.text.trim()).filter(Boolean);
  const fromSections = step.sections.flatMap((section) => texts(section.items));
  return (fromSections.length ? fromSections : texts(step.commitments.items)).slice(0, count);
}

/** What goes under the title at the document's detail level, if the step has anything for it. */
export function getStepDetailKind(doc: TrappDocument, step: Step): StepDetailKind | undefined {
  const detail = getDetail(doc.layout);
  if (detail === 'subtitles') return step.subtitle.trim() ? 'subtitle' : undefined;
  if (detail === 'services') return getKeyServices(step).length ? 'services' : undefined;
  return undefined;
}

export type FitBox = { size: number; minSize: number; maxWidth: number; maxHeight: number };

export function fitStepTitle(measurer: TextMeasurer, doc: TrappDocument, step: Step, box: FitBox, overflows: Overflow[]): FittedText {
  const fitted = fitText(measurer, step.title, { face: { family: doc.theme.headingFont, weight: getHeadingWeight(doc.theme) }, lineHeight: 1.15, ...box });
  if (fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'title' });
  return fitted;
}

/**
 * The subtitle, or the key services one to a line (`joined`: on one line with middle dots, for the
 * wide rows of the list). Services are a summary, so fewer are shown when all do not fit; only when
 * not even one fits is it reported.
 */
export function fitStepDetail(measurer: TextMeasurer, doc: TrappDocument, step: Step, kind: StepDetailKind, box: FitBox, overflows: Overflow[], joined = false): FittedText | undefined {
  const face = { family: doc.theme.bodyFont, weight: 400 as const };
  const room = box.maxHeight >= box.minSize * 1.15;
  if (kind === 'subtitle') {
    const fitted = room ? fitText(measurer, step.subtitle, { face, lineHeight: 1.15, ...box }) : undefined;
    if (!fitted || fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'subtitle' });
    return fitted;
  }
  const services = getKeyServices(step);
  for (let count = services.length; room && count > 0; count--) {
    const shown = services.slice(0, count);
    const fitted = fitText(measurer, joined ? shown.join(' · ') : shown.map((s) => `• ${s}`).join('\n'), { face, lineHeight: 1.15, ...box });
    if (!fitted.overflow) return fitted;
  }
  overflows.push({ kind: 'step', id: step.id, field: 'services' });
  return undefined;
}

/** The sizes step texts start from before fitting; a title with nothing under it may be larger. */
export function getPreferredSizes(doc: TrappDocument, scale: number): { title: number; detail: number } {
  return { title: (getDetail(doc.layout) === 'titles' ? 16 : 14) * scale, detail: 11 * scale };
}

/** Titles share one size so the steps read as one piece: the size three quarters of them fit at. */
export function getSharedSize(fitted: readonly (FittedText | undefined)[], steps: readonly Step[], preferred: number): number {
  const sizes = fitted.map((f, i) => (f?.size ?? Infinity) / (steps[i].style?.fontScale ?? 1)).sort((a, b) => a - b);
  return Math.min(preferred, sizes[Math.floor(sizes.length / 4)] ?? Infinity);
}
