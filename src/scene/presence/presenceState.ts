// What each person on a shared document tells the others through Yjs awareness: who they are,
// what they have selected and where their pointer is. Anyone connected can send anything, so a
// remote state is read through readPresenceState: sizes are bounded and junk is left out.
import type { SceneRef } from '@/scene/sceneRef';

export type PresenceRole = 'edit' | 'view';
export type PresenceUser = { name: string; colour: string; role: PresenceRole };
/** In page coordinates of the page the person is on (the canvas's flow coordinates). */
export type PresencePointer = { pageId: string; x: number; y: number };
export type PresenceState = {
  user: PresenceUser;
  /** The page the person is looking at; their selection is on it. */
  pageId: string | null;
  selection: SceneRef[];
  pointer: PresencePointer | null;
};

export const MAX_NAME_LENGTH = 40;
/** More outlines than this from one person would only clutter the canvas (and cost drawing time). */
export const MAX_SELECTION = 64;
const MAX_ID_LENGTH = 64;
/** Far beyond any page (A0 is about 3400 px), but keeps a hostile number out of SVG attributes. */
const MAX_COORDINATE = 100_000;

const simpleKinds = new Set([
  'step',
  'band',
  'header',
  'axis',
  'footer',
  'callout',
  'page',
  'track',
  'chart',
  'chartCurve',
  'element',
  'stepChange',
]);
/** The id fields of each part kind, in SceneRef's order. */
const partFields: Record<string, readonly string[]> = {
  trackColumn: ['trackId', 'columnId'],
  trackRow: ['trackId', 'rowId'],
  trackCell: ['trackId', 'columnId', 'rowId'],
  chartColumn: ['chartId', 'stepId'],
  chartBar: ['chartId', 'barId'],
  figure: ['chartId', 'stepId'],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

/** A name as shown: control and format characters (bidi overrides too) taken out, spaces folded, cut to length. */
export function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value
    .slice(0, MAX_NAME_LENGTH * 4)
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? [...name].slice(0, MAX_NAME_LENGTH).join('') : undefined;
}

export function readSceneRef(value: unknown): SceneRef | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string') return undefined;
  if (simpleKinds.has(value.kind)) return isId(value.id) ? ({ kind: value.kind, id: value.id } as SceneRef) : undefined;
  const fields = Object.hasOwn(partFields, value.kind) ? partFields[value.kind] : undefined;
  if (!fields || !fields.every((field) => isId(value[field]))) return undefined;
  return Object.fromEntries([['kind', value.kind], ...fields.map((field) => [field, value[field]])]) as SceneRef;
}

function readPointer(value: unknown): PresencePointer | null {
  if (!isRecord(value) || !isId(value.pageId) || !isCoordinate(value.x) || !isCoordinate(value.y)) return null;
  return { pageId: value.pageId, x: value.x, y: value.y };
}

/**
 * A remote awareness state as presence, or undefined when it has no user (a peer that has not
 * said who it is yet, or junk). The colour is left as sent; presenceColours decides what is drawn.
 */
export function readPresenceState(value: unknown): PresenceState | undefined {
  if (!isRecord(value) || !isRecord(value.user)) return undefined;
  const name = cleanName(value.user.name);
  if (!name) return undefined;
  const colour =
    typeof value.user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(value.user.colour)
      ? value.user.colour.toLowerCase()
      : '';
  const role: PresenceRole = value.user.role === 'view' ? 'view' : 'edit';
  const selection = Array.isArray(value.selection)
    ? value.selection
        .slice(0, MAX_SELECTION)
        .map(readSceneRef)
        .filter((ref): ref is SceneRef => ref !== undefined)
    : [];
  return {
    user: { name, colour, role },
    pageId: isId(value.pageId) ? value.pageId : null,
    selection,
    pointer: readPointer(value.pointer),
  };
}
