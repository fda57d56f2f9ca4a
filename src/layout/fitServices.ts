// The services a step shows on the overview under its title: as many as fit (the first three at
// the 'services' level), with "+ N til" for the rest, and which those are, for the status bar.
import { createDocumentTranslator } from '@/i18n/documentText';
import { isAutoDetail } from '@/model/layoutOptions';
import type { Step, TrappDocument } from '@/model/types';
import type { TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import { fitTwoColumns, type Columns } from './serviceColumns';
import { fitText, type FittedText, type TextBox } from './wrap';

/** Starts each service drawn one to a line; a no-break space keeps it to its first word. */
const BULLET = '•\u00a0';

/** How many services the overview shows under a title at the 'services' detail level. */
export const KEY_SERVICE_COUNT = 3;

/** The step's services: the items of its sections, or its commitments when it has no sections. */
export function getServices(step: Step): string[] {
  const texts = (items: readonly { text: string }[]) => items.map((item) => item.text.trim()).filter(Boolean);
  const fromSections = step.sections.flatMap((section) => texts(section.items));
  return fromSections.length ? fromSections : texts(step.commitments.items);
}

/** A step's detail as fitted; `left` counts the services it leaves out; `columns` where they stand in two. */
export type FittedDetail = FittedText & { left: number; columns?: Columns };

/** The services a step's overview leaves out: on its step page, or, without one, on no page. */
export function getLeftOut(doc: TrappDocument, step: Step, texts: string[]): Overflow {
  const hasPage = doc.pages.some((page) => page.kind === 'step' && page.stepId === step.id);
  return { kind: 'step', id: step.id, field: hasPage ? 'servicesOnStepPage' : 'servicesNotShown', texts };
}

/**
 * The most services that fit, the first first, with "+ N til" after them when some are left out.
 * One more service never takes fewer lines, so the count is found by halving.
 */
export function fitServices(
  measurer: TextMeasurer,
  doc: TrappDocument,
  all: readonly string[],
  box: TextBox,
  joined: boolean,
  columns = false,
): FittedDetail | undefined {
  const t = createDocumentTranslator(doc.meta.language);
  // A service that wraps goes on under its own text, not under the bullet.
  if (!joined) box = { ...box, hanging: BULLET };
  const most = Math.min(all.length, isAutoDetail(doc.layout) ? Infinity : KEY_SERVICE_COUNT);
  // A bullet keeps to its service.
  const write = (count: number) => {
    const shown = all.slice(0, count);
    const more = count < all.length ? t('overview.moreServices', { count: all.length - count }) : undefined;
    return joined
      ? [...shown, more].filter(Boolean).join(' · ')
      : [...shown.map((s) => `${BULLET}${s}`), more].filter(Boolean).join('\n');
  };
  const attempt = (count: number): FittedDetail | undefined => {
    const fitted = fitText(measurer, write(count), box);
    return fitted.overflow ? undefined : { ...fitted, left: all.length - count };
  };
  // The largest count that fits: `low` always fits (or is 0), counts above `high` never do.
  let best = attempt(most);
  // Every service in two columns where one column cannot hold them all.
  if (!best && columns && most === all.length) {
    const twoColumns = fitTwoColumns(measurer, write(most).split('\n'), box);
    if (twoColumns) return { ...twoColumns, left: 0 };
  }
  let low = 0;
  let high = most - 1;
  while (!best && low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (attempt(mid)) low = mid;
    else high = mid - 1;
  }
  if (!best && low > 0) best = attempt(low);
  if (best) return best;
  const cut =
    !joined && all.length > 1
      ? cutFirstWithMore(measurer, all, box, t('overview.moreServices', { count: all.length - 1 }))
      : undefined;
  if (cut) return cut;
  if (isAutoDetail(doc.layout) || all.length > 1) return attempt(0);
  // The first alone is kept cut even when it does not fit whole.
  return { ...fitText(measurer, write(Math.min(1, most)), box), left: all.length - Math.min(1, most) };
}

/** The fewest characters (with the bullet and ellipsis) a service cut short must keep to be shown. */
const MIN_CUT_LENGTH = 14;

/**
 * The first service cut with an ellipsis, with "+ N til" kept: on a line of its own under it where
 * two lines fit, else after it on the one line.
 */
function cutFirstWithMore(
  measurer: TextMeasurer,
  all: readonly string[],
  box: TextBox,
  more: string,
): FittedDetail | undefined {
  const line = box.minSize * box.lineHeight;
  const moreWidth = measurer.width(more, box.face, box.minSize);
  if (box.maxHeight + 1e-6 < line || moreWidth > box.maxWidth) return undefined;
  const own = box.maxHeight + 1e-6 >= 2 * line;
  const room = own
    ? { maxHeight: box.maxHeight - line, maxWidth: box.maxWidth }
    : { maxHeight: box.maxHeight, maxWidth: box.maxWidth - moreWidth - measurer.width('  ', box.face, box.minSize) };
  if (room.maxWidth <= 0) return undefined;
  const first = fitText(measurer, `${BULLET}${all[0]}`, { ...box, ...room, size: box.minSize });
  // A stub such as "• Hel…" says nothing; "+ N til" alone says more.
  if (first.lines.length === 0 || first.lines.join(' ').length < MIN_CUT_LENGTH) return undefined;
  const lines = own ? [...first.lines, more] : [`${first.lines[0]}  ${more}`];
  const width = Math.max(...lines.map((text) => measurer.width(text, box.face, first.size)));
  return { ...first, lines, width, height: lines.length * first.lineHeight, overflow: false, left: all.length - 1 };
}
