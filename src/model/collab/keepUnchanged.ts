// A document read again from the Y.Doc after someone else's change is all new objects. Keeping
// the old object wherever nothing changed lets the layout cache and React's memos skip them, so a
// remote change redraws only what it touched (as a local command's immer result does).

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `next`, with every part deep-equal to the same part of `previous` replaced by that (array entries matched by id, else by place). */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const byId = new Map(
      previous
        .filter(isRecord)
        .filter((p) => typeof p.id === 'string')
        .map((p) => [p.id, p]),
    );
    let same = previous.length === next.length;
    const kept = next.map((entry: unknown, i) => {
      const match = isRecord(entry) && typeof entry.id === 'string' ? byId.get(entry.id) : previous[i];
      const result = keepUnchanged(match, entry);
      if (result !== previous[i]) same = false;
      return result;
    });
    return (same ? previous : kept) as T;
  }
  if (isRecord(previous) && isRecord(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const kept: Json = {};
    for (const key of keys) {
      kept[key] = keepUnchanged(previous[key], next[key]);
      if (kept[key] !== previous[key] || !(key in previous)) same = false;
    }
    return (same ? previous : kept) as T;
  }
  return next;
}
