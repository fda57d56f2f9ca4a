import { getUnchangedEnds } from './unchangedEnds';

/**
 * Where a caret at `position` in `before` belongs in `after`, when someone else changed the text
 * (a shared document): before the changed part it stays, after it it moves by the change's length,
 * inside it it goes to the end of the new part.
 */
export function mapCaret(before: string, after: string, position: number): number {
  const { head, tail } = getUnchangedEnds(before, after);
  if (position <= head) return position;
  if (position >= before.length - tail) return position + after.length - before.length;
  return after.length - tail;
}
