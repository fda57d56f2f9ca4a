// How a trapp lives in a Yjs document, for the collaboration server and (later) the editor.
// Layout: one root Y.Map named 'trapp' holding the document as JSON-compatible structure:
// objects as Y.Map, arrays as Y.Array, the free-text fields (titles, subtitles, services, free
// text ...) as Y.Text so two people typing in one field merge letter by letter, everything
// else (ids, kinds, colours, numbers) as plain values, which merge last-writer-wins.
// Pure: no React, no DOM, no network.
import * as Y from 'yjs';
import { loadParsed, type LoadResult } from '../load';
import type { TrappDocument } from '../types';
import { getUnchangedEnds } from './unchangedEnds';

export const ROOT_NAME = 'trapp';

/** Keys whose string values are text a person writes: merged as Y.Text. Ids and enums never use these names. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'title',
  'subtitle',
  'vision',
  'heading',
  'text',
  'label',
  'callout',
  'footnote',
  'notes',
  'intro',
  'municipality',
  'columnLabel',
  'curveLabel',
  'arrowLabel',
  'alt',
  'start',
  'end',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type YValue = Y.Map<unknown> | Y.Array<unknown> | Y.Text | Json;

export function getRoot(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(ROOT_NAME);
}

/** The document as plain JSON (Y.Text read as strings); not yet validated. */
export function readYDocument(ydoc: Y.Doc): unknown {
  return getRoot(ydoc).toJSON();
}

/** The document checked by the same loader as a .trapp.json file (schema, version, limits). */
export function loadYDocument(ydoc: Y.Doc): LoadResult {
  const root = getRoot(ydoc);
  if (root.size === 0) return { ok: false, problems: [{ code: 'empty' }] };
  return loadParsed(readYDocument(ydoc));
}

/**
 * Makes the Y.Doc hold `doc`, changing as little as possible (one transaction): unchanged parts
 * keep their Yjs identity, so a change made by someone else at the same time is not overwritten.
 */
export function writeYDocument(ydoc: Y.Doc, doc: TrappDocument, origin?: unknown): void {
  ydoc.transact(() => patchMap(getRoot(ydoc), doc as unknown as Record<string, Json>), origin);
}

/** A new Y.Doc holding `doc`. */
export function createYDocument(doc: TrappDocument): Y.Doc {
  const ydoc = new Y.Doc();
  writeYDocument(ydoc, doc);
  return ydoc;
}

function toY(value: Json, key: string | undefined): YValue {
  if (Array.isArray(value)) {
    const array = new Y.Array<unknown>();
    array.insert(
      0,
      value.map((entry) => toY(entry, undefined)),
    );
    return array;
  }
  if (value !== null && typeof value === 'object') {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, toY(v, k));
    return map;
  }
  if (typeof value === 'string' && key !== undefined && TEXT_KEYS.has(key)) return new Y.Text(value);
  return value;
}

function patchMap(map: Y.Map<unknown>, next: Record<string, Json>): void {
  for (const key of [...map.keys()]) if (!(key in next) || next[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const current = map.get(key);
    if (!patchInPlace(current, value)) map.set(key, toY(value, key));
  }
}

/** Patches a Yjs value to `next` where its shape allows; false when it must be replaced. */
function patchInPlace(current: unknown, next: Json): boolean {
  if (current instanceof Y.Text) {
    if (typeof next !== 'string') return false;
    patchText(current, next);
    return true;
  }
  if (current instanceof Y.Array) {
    if (!Array.isArray(next)) return false;
    patchArray(current, next);
    return true;
  }
  if (current instanceof Y.Map) {
    if (next === null || typeof next !== 'object' || Array.isArray(next)) return false;
    patchMap(current, next);
    return true;
  }
  return current === next;
}

/** Only the changed middle of a text is replaced, so concurrent typing elsewhere in it survives. */
function patchText(text: Y.Text, next: string): void {
  const old = text.toString();
  if (old === next) return;
  const { head: start, tail: end } = getUnchangedEnds(old, next);
  if (old.length - start - end > 0) text.delete(start, old.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

/** Same element: same id for records (records without ids match each other), equal value for primitives. */
function sameEntry(current: unknown, next: Json): boolean {
  const record = next !== null && typeof next === 'object' && !Array.isArray(next) ? next : undefined;
  if (current instanceof Y.Map) return record !== undefined && current.get('id') === record.id;
  if (current instanceof Y.Array) return Array.isArray(next);
  if (current instanceof Y.Text) return false;
  return current === next;
}

/** Keeps the common head and tail (patched in place), replaces what lies between. */
function patchArray(array: Y.Array<unknown>, next: Json[]): void {
  const old = array.toArray();
  let head = 0;
  while (head < old.length && head < next.length && sameEntry(old[head], next[head])) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.length - head &&
    sameEntry(old[old.length - 1 - tail], next[next.length - 1 - tail])
  )
    tail++;
  const replace = (i: number, j: number) => {
    if (!patchInPlace(old[i], next[j])) {
      array.delete(i, 1);
      array.insert(i, [toY(next[j], undefined)]);
    }
  };
  for (let i = 0; i < head; i++) replace(i, i);
  for (let k = 1; k <= tail; k++) replace(old.length - k, next.length - k);
  const removed = old.length - head - tail;
  if (removed > 0) array.delete(head, removed);
  const added = next.slice(head, next.length - tail);
  if (added.length > 0)
    array.insert(
      head,
      added.map((entry) => toY(entry, undefined)),
    );
}
