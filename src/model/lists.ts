// Edits of the document's ordered lists (pages, steps, columns, rows, bars), with indexes clamped so a
// stale or out-of-range index from the UI still lands at an end instead of leaving a hole.

/** Puts `item` at `index` (default: last). */
export function insertAt<T>(list: T[], item: T, index: number = list.length): void {
  list.splice(Math.max(0, Math.min(list.length, index)), 0, item);
}

/** Moves the item with `id` to `toIndex`; nothing when there is none. */
export function moveById<T extends { id: string }>(list: T[], id: string, toIndex: number): void {
  const from = list.findIndex((item) => item.id === id);
  if (from < 0) return;
  const [item] = list.splice(from, 1);
  insertAt(list, item, toIndex);
}

/** The list without the item with `id`. */
export function withoutId<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}
