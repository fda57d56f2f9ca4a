// The texts a step shows on the overview at the document's detail level: its title, and under it
// its subtitle or its first few services. Shared by the staircase, the equal-height row and the list.
import { getHeadingWeight } from '@/model/themes';
import { getDetail, isAutoDetail } from '@/model/layoutOptions';
import { getPageScale, getPageSize } from '@/model/pageSize';
import type { Step, TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import { fitText, type FittedText } from './wrap';
import { fitServices, getLeftOut, getServices, KEY_SERVICE_COUNT, type FittedDetail } from './fitServices';

export type StepDetailKind = 'subtitle' | 'services';

/** The size under which key services are not read on paper: 7 pt on A4. */
const READABLE_ON_A4 = 7;
const A4_SCALE = getPageScale(getPageSize({ size: 'A4', orientation: 'portrait' }));

/** The smallest size a step's key services are drawn at: 7 pt on A4, as much larger as the page is (9.9 pt on A3). */
export function getReadableMinimum(scale: number): number {
  return (READABLE_ON_A4 * scale) / A4_SCALE;
}

/** The step's first few services. */
export function getKeyServices(step: Step, count = KEY_SERVICE_COUNT): string[] {
  return getServices(step).slice(0, count);
}

/**
 * What goes under the title at the document's detail level, if the step has anything for it. At
 * the automatic level, the richest the step has: its services, else its subtitle.
 */
export function getStepDetailKind(doc: TrappDocument, step: Step): StepDetailKind | undefined {
  const detail = getDetail(doc.layout);
  if (detail === 'auto') return getServices(step).length ? 'services' : step.subtitle.trim() ? 'subtitle' : undefined;
  if (detail === 'subtitles') return step.subtitle.trim() ? 'subtitle' : undefined;
  if (detail === 'services') return getKeyServices(step).length ? 'services' : undefined;
  return undefined;
}

/** A step's number on one line at `size`, never wrapped or shrunk. */
export function fitStepNumber(measurer: TextMeasurer, number: number, face: FontFace, size: number): FittedText {
  const text = String(number);
  return {
    lines: [text],
    face,
    size,
    lineHeight: size * 1.1,
    width: measurer.width(text, face, size),
    height: size * 1.1,
    overflow: false,
  };
}

/** `columns`: services may stand in two columns (a wide step at the automatic level). */
export type FitBox = { size: number; minSize: number; maxWidth: number; maxHeight: number; columns?: boolean };

export function fitStepTitle(
  measurer: TextMeasurer,
  doc: TrappDocument,
  step: Step,
  box: FitBox,
  overflows: Overflow[],
): FittedText {
  const fitted = fitText(measurer, step.title, {
    face: { family: doc.theme.headingFont, weight: getHeadingWeight(doc.theme) },
    lineHeight: 1.15,
    ...box,
  });
  if (fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'title' });
  return fitted;
}

/**
 * The subtitle, or the services one to a line (`joined`: on one line with middle dots, for the
 * wide rows of the list): the first three at the services level, as many as fit at the automatic
 * one. Services are a summary, so they never shrink below the readable minimum (`scale` gives it):
 * fewer are shown instead, with "+ N til" counting the step's services left out, and where not even
 * the first fits whole, as much of it as fits, cut with an ellipsis (at the automatic level, "+ N til"
 * alone). Services left out are reported with their texts, so the status bar and the preflight can
 * say which are on the step page only; a subtitle or services of which not one line fits are
 * reported as cut.
 */
export function fitStepDetail(
  measurer: TextMeasurer,
  doc: TrappDocument,
  step: Step,
  kind: StepDetailKind,
  box: FitBox,
  scale: number,
  overflows: Overflow[],
  joined = false,
): FittedDetail | undefined {
  const face = { family: doc.theme.bodyFont, weight: 400 as const };
  if (kind === 'subtitle') {
    const fitted =
      box.maxHeight >= box.minSize * 1.15
        ? fitText(measurer, step.subtitle, { face, lineHeight: 1.15, ...box })
        : undefined;
    if (!fitted || fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'subtitle' });
    return fitted && { ...fitted, left: 0 };
  }
  const all = getServices(step);
  const minSize = Math.max(box.minSize, getReadableMinimum(scale));
  const { columns, ...rest } = box;
  const readable = { ...rest, face, lineHeight: 1.15, minSize, size: Math.max(box.size, minSize) };
  const fitted =
    readable.maxHeight >= minSize * 1.15 ? fitServices(measurer, doc, all, readable, joined, columns) : undefined;
  const shown = fitted ? all.length - fitted.left : 0;
  if (shown < all.length) overflows.push(getLeftOut(doc, step, all.slice(shown)));
  if (!fitted && !isAutoDetail(doc.layout)) overflows.push({ kind: 'step', id: step.id, field: 'services' });
  return fitted;
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
export function placeAtSharedSizes<G>(
  doc: TrappDocument,
  scale: number,
  place: (sizes: StepTextSizes, overflows: Overflow[]) => PlacedStep<G>[],
  overflows: Overflow[],
): G[] {
  const preferred = getPreferredSizes(doc, scale);
  const free = place(preferred, []);
  const sizes = {
    title: getSharedSize(
      free.map((s) => s.fitted.title),
      doc.steps,
      preferred.title,
    ),
    detail: getSharedSize(
      free.map((s) => s.fitted.detail),
      doc.steps,
      preferred.detail,
    ),
  };
  return place(sizes, overflows).map((s) => s.geometry);
}

/**
 * The sizes step texts start from before fitting; a title with nothing under it may be larger. At
 * the automatic level they start large enough to fill a big step, and fitting brings them down.
 */
function getPreferredSizes(doc: TrappDocument, scale: number): StepTextSizes {
  if (isAutoDetail(doc.layout)) return { title: 24 * scale, detail: 16 * scale };
  return { title: (getDetail(doc.layout) === 'titles' ? 16 : 14) * scale, detail: 11 * scale };
}

/** The smallest title the automatic level shrinks a title to so that all its services fit under it. */
const AUTO_TITLE_FLOOR = 11;

/**
 * A step's title and detail. At the automatic level a title gives way, one point at a time down to
 * a floor, where that lets more of the step's services show under it: the most services first,
 * then the largest title.
 */
export function fitTitleAndDetail(
  doc: TrappDocument,
  scale: number,
  titleSize: number,
  fit: (titleSize: number, overflows: Overflow[]) => { title: FittedText; detail?: FittedDetail },
  overflows: Overflow[],
) {
  const tryAt = (size: number) => {
    const report: Overflow[] = [];
    return { fitted: fit(size, report), report };
  };
  const left = (attempt: ReturnType<typeof tryAt>) => attempt.fitted.detail?.left ?? Infinity;
  let best = tryAt(titleSize);
  const sizes: number[] = [];
  for (let size = Math.floor(titleSize) - 1; size >= AUTO_TITLE_FLOOR * scale; size--) sizes.push(size);
  if (isAutoDetail(doc.layout) && best.fitted.detail?.left && sizes.length > 0) {
    // A smaller title never leaves more services out, so the floor shows the most that can be
    // shown, and the largest size showing as many is found by halving.
    const floor = tryAt(sizes[sizes.length - 1]);
    if (left(floor) < left(best)) {
      let [low, high] = [0, sizes.length - 1];
      best = floor;
      while (low < high) {
        const mid = (low + high) >> 1;
        const attempt = tryAt(sizes[mid]);
        if (left(attempt) <= left(floor)) [best, high] = [attempt, mid];
        else low = mid + 1;
      }
    }
  }
  overflows.push(...best.report);
  return best.fitted;
}

/** The size three quarters of the steps' texts fit at, before their own font scale; at most `preferred`. */
function getSharedSize(fitted: readonly (FittedText | undefined)[], steps: readonly Step[], preferred: number): number {
  const sizes = fitted.map((f, i) => (f?.size ?? Infinity) / (steps[i].style?.fontScale ?? 1)).sort((a, b) => a - b);
  return Math.min(preferred, sizes[Math.floor(sizes.length / 4)] ?? Infinity);
}
