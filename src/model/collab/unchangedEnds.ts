/**
 * How many characters two versions of a text share at the start (`head`) and, after that, at the
 * end (`tail`): what lies between is the part that changed. The tail never reaches into the head.
 */
export function getUnchangedEnds(before: string, after: string): { head: number; tail: number } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return { head, tail };
}
