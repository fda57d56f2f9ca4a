import type { Draft } from 'immer';
import type { TrappDocument } from './types';

export function getStepIndex(doc: TrappDocument, stepId: string): number {
  return doc.steps.findIndex((step) => step.id === stepId);
}

export function getStepNumber(doc: TrappDocument, stepId: string): number {
  return getStepIndex(doc, stepId) + 1;
}

type Range = { firstStep: string; lastStep: string };

/** Sets a range (band, track column, chart bar) to two steps given in either order; unchanged when either is not a step. */
export function setStepRange(
  doc: TrappDocument,
  range: Draft<Range> | undefined,
  firstStep: string,
  lastStep: string,
): void {
  const a = getStepIndex(doc, firstStep);
  const b = getStepIndex(doc, lastStep);
  if (!range || a < 0 || b < 0) return;
  range.firstStep = a <= b ? firstStep : lastStep;
  range.lastStep = a <= b ? lastStep : firstStep;
}

/**
 * Keeps every step range (bands, track columns, chart bars) pointing at existing steps after the
 * step order changed: a removed end moves inward to the nearest surviving step of its old range,
 * and a range with no step left is reported so its owner can be removed.
 */
export function repairRange(
  range: Draft<Range>,
  before: readonly string[],
  after: readonly string[],
  moved?: string,
): boolean {
  const alive = new Set(after.filter((id) => id !== moved));
  let first = before.indexOf(range.firstStep);
  let last = before.indexOf(range.lastStep);
  if (first < 0 || last < 0) return false;
  if (first > last) [first, last] = [last, first];
  const survivors = before.slice(first, last + 1).filter((id) => alive.has(id));
  // A range of only the moved step goes with it (its ids stay valid), rather than vanishing on a reorder.
  if (survivors.length === 0) return first === last && before[first] === moved && after.includes(moved);
  const positions = survivors.map((id) => after.indexOf(id));
  range.firstStep = after[Math.min(...positions)];
  range.lastStep = after[Math.max(...positions)];
  return true;
}

/**
 * Repairs every range in the document after a change to the step list. A moved step counts as
 * taken out of its old ranges; it belongs to whatever range its new position falls inside.
 */
export function repairStepRanges(doc: Draft<TrappDocument>, before: readonly string[], moved?: string): void {
  const after = doc.steps.map((step) => step.id);
  const keep = (range: Draft<Range>) => repairRange(range, before, after, moved);
  doc.bands = doc.bands.filter(keep);
  for (const track of doc.tracks) track.columns = track.columns.filter(keep);
  const stepIds = new Set(after);
  for (const chart of doc.charts) {
    if (chart.kind !== 'mastery') continue;
    chart.bars = chart.bars.filter(keep);
    for (const stepId of Object.keys(chart.values)) if (!stepIds.has(stepId)) delete chart.values[stepId];
  }
  doc.pages = doc.pages.filter(
    (page) => page.kind !== 'step' || (page.stepId !== undefined && stepIds.has(page.stepId)),
  );
  orderStepPages(doc);
}

/**
 * Puts the step pages in step order after a step was added, duplicated or moved, so the page strip, the
 * presentation and the exports follow the staircase. Other pages keep their places: the step
 * pages are re-dealt into the slots step pages had.
 */
function orderStepPages(doc: Draft<TrappDocument>): void {
  const slots = doc.pages.flatMap((page, i) => (page.kind === 'step' ? [i] : []));
  const position = (stepId: string | undefined) =>
    stepId === undefined ? -1 : getStepIndex(doc as TrappDocument, stepId);
  const ordered = slots.map((i) => doc.pages[i]).sort((a, b) => position(a.stepId) - position(b.stepId));
  slots.forEach((slot, i) => (doc.pages[slot] = ordered[i]));
}
