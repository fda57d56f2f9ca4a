import type { Box, StepColumn } from './geometry';

/**
 * Each step's own x-range in the diagonal staircase: its tread, the part of its block the next
 * step does not reach over. The last step keeps its whole block.
 */
export function getStaircaseColumns(
  blocks: readonly (Box & { stepId: string })[],
  shift: number,
  rightward: boolean,
): StepColumn[] {
  return blocks.map((block, index) => {
    if (index === blocks.length - 1) return { stepId: block.stepId, x: block.x, w: block.w };
    return { stepId: block.stepId, x: rightward ? block.x : block.x + block.w - shift, w: shift };
  });
}

/** The x-range covering the step columns from index `first` to index `last`, inclusive. */
export function getColumnsSpan(columns: readonly StepColumn[], first: number, last: number): { x: number; w: number } {
  const chosen = columns.slice(Math.min(first, last), Math.max(first, last) + 1);
  const left = Math.min(...chosen.map((c) => c.x));
  const right = Math.max(...chosen.map((c) => c.x + c.w));
  return { x: left, w: right - left };
}

/** The first and last step index of a range, in step order, or undefined when an end is missing. */
export function getRangeIndices(
  stepIds: readonly string[],
  range: { firstStep: string; lastStep: string },
): [number, number] | undefined {
  const a = stepIds.indexOf(range.firstStep);
  const b = stepIds.indexOf(range.lastStep);
  if (a < 0 || b < 0) return undefined;
  return a <= b ? [a, b] : [b, a];
}

/**
 * A slot of equal width at the leading edge of every step column (where the step begins in the
 * reading direction), so per-step marks such as figure bars have one width and line up with the steps.
 */
export function getLeadingSlots(columns: readonly StepColumn[], rightward: boolean): StepColumn[] {
  const w = Math.min(...columns.map((c) => c.w));
  return columns.map((c) => ({ stepId: c.stepId, x: rightward ? c.x : c.x + c.w - w, w }));
}
