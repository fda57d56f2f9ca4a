// Yjs' undo can leave a shared document invalid when someone else changed the same value at the
// same time: undoing one's move of a text box whose position another person also set removes the
// key altogether (Yjs restores an overwritten map value only if nobody else wrote it). The undo is
// then completed from the state before it: what it removed comes back, what it changed stays.
import type * as Y from 'yjs';
import { loadParsed } from '../load';
import type { TrappDocument } from '../types';
import { loadYDocument, readYDocument, writeYDocument } from './yDocument';

export const REPAIR_ORIGIN = Symbol('trappa-repair');

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `broken` with the keys it lacks taken from `valid` (array entries matched by id, else by place). */
export function fillMissing(broken: unknown, valid: unknown): unknown {
  if (Array.isArray(broken) && Array.isArray(valid)) {
    return broken.map((entry, i) => {
      const id = isRecord(entry) ? entry.id : undefined;
      const match = id === undefined ? valid[i] : valid.find((v) => isRecord(v) && v.id === id);
      return fillMissing(entry, match);
    });
  }
  if (isRecord(broken) && isRecord(valid)) {
    const filled: Json = { ...broken };
    for (const [key, value] of Object.entries(valid))
      filled[key] = key in broken ? fillMissing(broken[key], value) : value;
    return filled;
  }
  return broken;
}

/** If `ydoc` no longer loads, writes the nearest valid state (filled from `before`, else `before` itself). */
export function repairYDocument(ydoc: Y.Doc, before: TrappDocument): void {
  if (loadYDocument(ydoc).ok) return;
  const filled = loadParsed(fillMissing(readYDocument(ydoc), before));
  writeYDocument(ydoc, filled.ok ? filled.document : before, REPAIR_ORIGIN);
}
