import type { Patch } from 'immer';
import type { HistoryEntry, HistorySnapshot } from '@/model/editor';

/** Undo steps kept across a reload; older ones are dropped from the saved copy only. */
export const MAX_STORED_STEPS = 100;

/**
 * A burst of typing is one undo step holding one patch per key press, each with the whole text.
 * Adjacent replaces of the same path end where the last one does, so only that one is kept.
 */
export function compactPatches(patches: readonly Patch[]): Patch[] {
  const kept: Patch[] = [];
  for (const patch of patches) {
    const previous = kept[kept.length - 1];
    if (previous && previous.op === 'replace' && patch.op === 'replace' && samePath(previous.path, patch.path))
      kept[kept.length - 1] = patch;
    else kept.push(patch);
  }
  return kept;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

function compactEntry(entry: HistoryEntry): HistoryEntry {
  const compact: HistoryEntry = {
    label: entry.label,
    patches: compactPatches(entry.patches),
    inverse: compactPatches(entry.inverse),
  };
  if (entry.gesture !== undefined) compact.gesture = entry.gesture;
  return compact;
}

/** The editor's history made small enough to save every second. */
export function toStoredHistory(history: HistorySnapshot): HistorySnapshot {
  return {
    past: history.past.slice(-MAX_STORED_STEPS).map(compactEntry),
    future: history.future.slice(-MAX_STORED_STEPS).map(compactEntry),
  };
}

const isPatch = (value: unknown): value is Patch =>
  typeof value === 'object' &&
  value !== null &&
  ['add', 'remove', 'replace'].includes((value as Patch).op) &&
  Array.isArray((value as Patch).path);

const isEntry = (value: unknown): value is HistoryEntry => {
  const entry = value as HistoryEntry;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.label?.key === 'string' &&
    Array.isArray(entry.patches) &&
    entry.patches.every(isPatch) &&
    Array.isArray(entry.inverse) &&
    entry.inverse.every(isPatch)
  );
};

/** A stored history read back, or undefined when it is not one (then the document opens without history). */
export function readStoredHistory(value: unknown): HistorySnapshot | undefined {
  const history = value as HistorySnapshot;
  if (typeof history !== 'object' || history === null || !Array.isArray(history.past) || !Array.isArray(history.future))
    return undefined;
  if (!history.past.every(isEntry) || !history.future.every(isEntry)) return undefined;
  return { past: history.past, future: history.future };
}
