// The texts a step shows on the overview at the document's detail level: its title, and under it
// its subtitle or its first few services. Shared by the staircase, the equal-height row and the list.
import { getHeadingWeight } from '@/model/themes';
import { getDetail } from '@/model/layoutOptions';
import { getPageScale, getPageSize } from '@/model/pageSize';
import { createDocumentTranslator } from '@/i18n/documentText';
import type { Step, TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import { fitText, type FittedText } from './wrap';

/** How many services the overview shows under a title at the 'services' detail level. */
export const KEY_SERVICE_COUNT = 3;

export type StepDetailKind = 'subtitle' | 'services';

/** The size under which key services are not read on paper: 7 pt on A4. */
const READABLE_ON_A4 = 7;
const A4_SCALE = getPageScale(getPageSize({ size: 'A4', orientation: 'portrait' }));

/** The smallest size a step's key services are drawn at: 7 pt on A4, as much larger as the page is (9.9 pt on A3). */
export function getReadableMinimum(scale: number): number {
  return (READABLE_ON_A4 * scale) / A4_SCALE;
}

/** The step's services: the items of its sections, or its commitments when it has no sections. */
function getServices(step: Step): string[] {
  const texts = (items: readonly { text: string }[]) => items.map((item) => item.text.trim()).filter(Boolean);
  const fromSections = step.sections.flatMap((section) => texts(section.items));
  return fromSections.length ? fromSections : texts(step.commitments.items);
}

/** The step's first few services. */
export function getKeyServices(step: Step, count = KEY_SERVICE_COUNT): string[] {
  return getServices(step).slice(0, count);
}

/** What goes under the title at the document's detail level, if the step has anything for it. */
export function getStepDetailKind(doc: TrappDocument, step: Step): StepDetailKind | undefined {
  const detail = getDetail(doc.layout);
  if (detail === 'subtitles') return step.subtitle.trim() ? 'subtitle' : undefined;
  if (detail === 'services') return getKeyServices(step).length ? 'services' : undefined;
  return undefined;
}

/** A step's number on one line at `size`, never wrapped or shrunk. */
export function fitStepNumber(measurer: TextMeasurer, number: number, face: FontFace, size: number): FittedText {
  const text = String(number);
  return { lines: [text], face, size, lineHeight: size * 1.1, width: measurer.width(text, face, size), height: size * 1.1, overflow: false };
}

export type FitBox = { size: number; minSize: number; maxWidth: number; maxHeight: number };

export function fitStepTitle(measurer: TextMeasurer, doc: TrappDocument, step: Step, box: FitBox, overflows: Overflow[]): FittedText {
  const fitted = fitText(measurer, step.title, { face: { family: doc.theme.headingFont, weight: getHeadingWeight(doc.theme) }, lineHeight: 1.15, ...box });
  if (fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'title' });
  return fitted;
}

/**
 * The subtitle, or the key services one to a line (`joined`: on one line with middle dots, for the
 * wide rows of the list). Services are a summary, so they never shrink below the readable minimum
 * (`scale` gives it): fewer are shown instead, with "+ N til" counting the step's services left out,
 * and where not even the first fits whole, as much of it as fits, cut with an ellipsis. Only when
 * not one line fits is it reported.
 */
export function fitStepDetail(measurer: TextMeasurer, doc: TrappDocument, step: Step, kind: StepDetailKind, box: FitBox, scale: number, overflows: Overflow[], joined = false): FittedText | undefined {
  const face = { family: doc.theme.bodyFont, weight: 400 as const };
  if (kind === 'subtitle') {
    const fitted = box.maxHeight >= box.minSize * 1.15 ? fitText(measurer, step.subtitle, { face, lineHeight: 1.15, ...box }) : undefined;
    if (!fitted || fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'subtitle' });
    return fitted;
  }
  const minSize = Math.max(box.minSize, getReadableMinimum(scale));
  const readable = { ...box, face, lineHeight: 1.15, minSize, size: Math.max(box.size, minSize) };
  if (readable.maxHeight >= minSize * 1.15) {
    // The last, fewest, is kept cut even when it does not fit whole.
    let fitted: FittedText | undefined;
    for (const text of getServiceTexts(doc, step, joined)) {
      fitted = fitText(measurer, text, readable);
      if (!fitted.overflow) break;
    }
    return fitted;
  }
  overflows.push({ kind: 'step', id: step.id, field: 'services' });
  return undefined;
}

/** The key services to try, most first: all of them, then fewer with "+ N til" after them, then the first alone. A bullet keeps to its service. */
function getServiceTexts(doc: TrappDocument, step: Step, joined: boolean): string[] {
  const t = createDocumentTranslator(doc.meta.language);
  const all = getServices(step);
  const key = all.slice(0, KEY_SERVICE_COUNT);
  const write = (shown: string[], more?: string) => (joined ? [...shown, more].filter(Boolean).join(' · ') : [...shown.map((s) => `•\u00a0${s}`), more].filter(Boolean).join('\n'));
  const fewer = key.slice(0, -1).map((_, i) => key.slice(0, key.length - 1 - i)).map((shown) => write(shown, t('overview.moreServices', { count: all.length - shown.length })));
  return [write(key), ...fewer, ...(key.length > 1 ? [write(key.slice(0, 1))] : [])];
}

/** Preferred sizes of the step texts before a step's own font scale; fitting may still shrink them. */
export type StepTextSizes = { title: number; detail: number };

/** Each step as laid out at some sizes: its geometry, and its texts as they were fitted. */
export type PlacedStep<G> = { geometry: G; fitted: { title: FittedText; detail?: FittedText } };

/**
 * The steps laid out by `place` with titles (and details) at one shared size, so they read as one
 * piece instead of each title shrunk on its own: laid out once at the preferred sizes to learn
 * what each fits at, then again at the size three quarters of them fit at. A step whose text needs
 * less still shrinks, so one very long title does not make every title small. Only the second
 * pass reports overflows.
 */
export function placeAtSharedSizes<G>(doc: TrappDocument, scale: number, place: (sizes: StepTextSizes, overflows: Overflow[]) => PlacedStep<G>[], overflows: Overflow[]): G[] {
  const preferred = getPreferredSizes(doc, scale);
  const free = place(preferred, []);
  const sizes = {
    title: getSharedSize(free.map((s) => s.fitted.title), doc.steps, preferred.title),
    detail: getSharedSize(free.map((s) => s.fitted.detail), doc.steps, preferred.detail),
  };
  return place(sizes, overflows).map((s) => s.geometry);
}

/** The sizes step texts start from before fitting; a title with nothing under it may be larger. */
function getPreferredSizes(doc: TrappDocument, scale: number): StepTextSizes {
  return { title: (getDetail(doc.layout) === 'titles' ? 16 : 14) * scale, detail: 11 * scale };
}

/** The size three quarters of the steps' texts fit at, before their own font scale; at most `preferred`. */
function getSharedSize(fitted: readonly (FittedText | undefined)[], steps: readonly Step[], preferred: number): number {
  const sizes = fitted.map((f, i) => (f?.size ?? Infinity) / (steps[i].style?.fontScale ?? 1)).sort((a, b) => a - b);
  return Math.min(preferred, sizes[Math.floor(sizes.length / 4)] ?? Infinity);
}
