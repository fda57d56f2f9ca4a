import { current, type Draft } from 'immer';
import { defineCommand, type CommandLabel } from './command';
import { copyElements, getBounds, getPage, isBoxElement, isConnector, pickElements, type Box } from './arrange';
import { getStepNumber } from './steps';
import type { FreeElement, TrappDocument } from './types';
import { limits } from './limits';

/** Free elements by id and laid-out parts by offset key (`${ref.kind}:${ref.id}`), on one page. */
export type Selected = { pageId: string; elementIds: readonly string[]; partKeys?: readonly string[] };
type Move = Selected & { dx: number; dy: number };

function moveAll(doc: Draft<TrappDocument>, { pageId, elementIds, partKeys = [], dx, dy }: Move) {
  const page = getPage(doc, pageId);
  if (!page || (dx === 0 && dy === 0)) return;
  for (const element of pickElements(page.elements, elementIds)) {
    if (isBoxElement(element)) {
      element.x += dx;
      element.y += dy;
    } else {
      // Attached ends follow what they are attached to.
      for (const end of [element.from, element.to]) if (!end.attach) ((end.x += dx), (end.y += dy));
    }
  }
  if (partKeys.length === 0) return;
  page.offsets ??= {};
  for (const key of partKeys) {
    const old = page.offsets[key] ?? { dx: 0, dy: 0 };
    page.offsets[key] = { dx: old.dx + dx, dy: old.dy + dy };
  }
}

function moveLabel(name: string) {
  return ({ elementIds, partKeys = [] }: Move, doc: TrappDocument): CommandLabel => {
    const [key] = partKeys;
    if (partKeys.length === 1 && elementIds.length === 0 && key.startsWith('step:')) {
      const stepId = key.slice('step:'.length);
      if (doc.steps.some((s) => s.id === stepId))
        return { key: `history.${name}.step`, params: { number: getStepNumber(doc, stepId) } };
    }
    return { key: `history.${name}`, params: { count: elementIds.length + partKeys.length } };
  };
}

/** Moves free elements and laid-out parts by (dx, dy); run with a gesture during a drag. */
export const moveSelection = defineCommand<Move>('moveSelection', moveAll, moveLabel('moveSelection'));

/** The arrow keys: the same move, named as a nudge in the history. */
export const nudge = defineCommand<Move>('nudge', moveAll, moveLabel('nudge'));

export const resizeElement = defineCommand<{ pageId: string; elementId: string; box: Box }>(
  'resizeElement',
  (doc, { pageId, elementId, box }) => {
    const element = pickElements(getPage(doc, pageId)?.elements ?? [], [elementId]).find(isBoxElement);
    if (!element || !(box.w > 0) || !(box.h > 0)) return;
    Object.assign(element, { x: box.x, y: box.y, w: box.w, h: box.h });
  },
);

export const alignEdges = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
export type AlignEdge = (typeof alignEdges)[number];

/** Lines the selected elements up on one edge or centre of the box around them. */
export const alignElements = defineCommand<Selected & { edge: AlignEdge }>(
  'alignElements',
  (doc, { pageId, elementIds, edge }) => {
    const boxes = pickElements(getPage(doc, pageId)?.elements ?? [], elementIds).filter(isBoxElement);
    const bounds = getBounds(boxes);
    if (!bounds || boxes.length < 2) return;
    for (const box of boxes) {
      if (edge === 'left') box.x = bounds.x;
      else if (edge === 'centre') box.x = bounds.x + (bounds.w - box.w) / 2;
      else if (edge === 'right') box.x = bounds.x + bounds.w - box.w;
      else if (edge === 'top') box.y = bounds.y;
      else if (edge === 'middle') box.y = bounds.y + (bounds.h - box.h) / 2;
      else box.y = bounds.y + bounds.h - box.h;
    }
  },
  ({ edge }) => ({ key: `history.alignElements.${edge}` }),
);

/** Equal gaps between the selected elements, the outermost two staying where they are. */
export const distributeElements = defineCommand<Selected & { axis: 'horizontal' | 'vertical' }>(
  'distributeElements',
  (doc, { pageId, elementIds, axis }) => {
    const boxes = pickElements(getPage(doc, pageId)?.elements ?? [], elementIds).filter(isBoxElement);
    if (boxes.length < 3) return;
    const [pos, size] = axis === 'horizontal' ? (['x', 'w'] as const) : (['y', 'h'] as const);
    const sorted = [...boxes].sort((a, b) => a[pos] - b[pos]);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const total = sorted.reduce((sum, b) => sum + b[size], 0);
    const gap = (last[pos] + last[size] - first[pos] - total) / (sorted.length - 1);
    let at = first[pos];
    for (const box of sorted) {
      box[pos] = at;
      at += box[size] + gap;
    }
  },
  ({ axis }) => ({ key: `history.distributeElements.${axis}` }),
);

/** Moves the selected elements in the drawing order (later in the list is drawn on top). */
function reorder(name: string, place: (elements: FreeElement[], chosen: Set<string>) => FreeElement[]) {
  return defineCommand<Selected>(name, (doc, { pageId, elementIds }) => {
    const page = getPage(doc, pageId);
    if (!page) return;
    const chosen = new Set(elementIds);
    const next = place(page.elements as FreeElement[], chosen);
    if (next.some((e, i) => e !== page.elements[i])) page.elements = next as Draft<FreeElement>[];
  });
}

const step = (direction: 1 | -1) => (elements: FreeElement[], chosen: Set<string>) => {
  const list = [...elements];
  const order = direction === 1 ? [...list.keys()].reverse() : [...list.keys()];
  for (const i of order) {
    const j = i + direction;
    if (chosen.has(list[i].id) && j >= 0 && j < list.length && !chosen.has(list[j].id))
      [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

export const bringForward = reorder('bringForward', step(1));
export const sendBackward = reorder('sendBackward', step(-1));
export const bringToFront = reorder('bringToFront', (list, chosen) => [
  ...list.filter((e) => !chosen.has(e.id)),
  ...list.filter((e) => chosen.has(e.id)),
]);
export const sendToBack = reorder('sendToBack', (list, chosen) => [
  ...list.filter((e) => chosen.has(e.id)),
  ...list.filter((e) => !chosen.has(e.id)),
]);

export const groupElements = defineCommand<Selected & { groupId: string }>(
  'groupElements',
  (doc, { pageId, elementIds, groupId }) => {
    const elements = pickElements(getPage(doc, pageId)?.elements ?? [], elementIds, true);
    if (elements.length < 2) return;
    for (const element of elements) element.group = groupId;
  },
);

export const ungroupElements = defineCommand<Selected>('ungroupElements', (doc, { pageId, elementIds }) => {
  for (const element of pickElements(getPage(doc, pageId)?.elements ?? [], elementIds, true)) delete element.group;
});

export const setLocked = defineCommand<Selected & { locked: boolean }>(
  'setLocked',
  (doc, { pageId, elementIds, locked }) => {
    for (const element of pickElements(getPage(doc, pageId)?.elements ?? [], elementIds, true)) {
      if (locked) element.locked = true;
      else delete element.locked;
    }
  },
  ({ locked }) => ({ key: locked ? 'history.setLocked.lock' : 'history.setLocked.unlock' }),
);

/**
 * Copies of the selected elements, moved by (dx, dy), just above the originals' topmost.
 * `newIds` maps each copied id (and group id) to its copy's, so the caller can select the copies.
 */
export const duplicateElements = defineCommand<Selected & { newIds: Record<string, string>; dx: number; dy: number }>(
  'duplicateElements',
  (doc, { pageId, elementIds, newIds, dx, dy }) => {
    const page = getPage(doc, pageId);
    if (!page) return;
    const originals = pickElements(page.elements as FreeElement[], elementIds, true);
    // A page stops at the loader's limit, so what is saved always opens again.
    if (
      originals.length === 0 ||
      originals.some((e) => !newIds[e.id]) ||
      page.elements.length + originals.length > limits.elementsPerPage
    )
      return;
    const copies = copyElements(
      originals.map((e) => current(e as Draft<FreeElement>) as FreeElement),
      (id) => newIds[id] ?? `${id}-copy`,
      dx,
      dy,
    );
    page.elements.push(...(copies as Draft<FreeElement>[]));
  },
);

/** Elements from the clipboard (already given new ids by `copyElements`), on top of the page. */
export const pasteElements = defineCommand<{ pageId: string; elements: readonly FreeElement[] }>(
  'pasteElements',
  (doc, { pageId, elements }) => {
    const page = getPage(doc, pageId);
    if (!page || elements.length === 0 || page.elements.length + elements.length > limits.elementsPerPage) return;
    const taken = new Set(page.elements.map((e) => e.id));
    page.elements.push(...(structuredClone(elements.filter((e) => !taken.has(e.id))) as Draft<FreeElement>[]));
  },
  ({ elements }) => ({ key: 'history.pasteElements', params: { count: elements.length } }),
);

/**
 * Deletes the selected elements. A connector with an end attached to a deleted element keeps that
 * end where it was, unattached, so nothing the user drew disappears unasked; a connector with both
 * ends on deleted elements goes with them.
 */
export const deleteElements = defineCommand<Selected>(
  'deleteElements',
  (doc, { pageId, elementIds }) => {
    const page = getPage(doc, pageId);
    if (!page) return;
    const gone = new Set(pickElements(page.elements, elementIds, true).map((e) => e.id));
    if (gone.size === 0) return;
    const attachedToGone = (end: { attach?: { kind: string; id: string } }) =>
      end.attach?.kind === 'element' && gone.has(end.attach.id);
    for (const element of page.elements)
      if (
        isConnector(element as FreeElement) &&
        !gone.has(element.id) &&
        'from' in element &&
        attachedToGone(element.from) &&
        attachedToGone(element.to)
      )
        gone.add(element.id);
    page.elements = page.elements.filter((e) => !gone.has(e.id));
    for (const element of page.elements) {
      if (!('from' in element)) continue;
      for (const end of [element.from, element.to]) if (attachedToGone(end)) delete end.attach;
    }
  },
  ({ elementIds }) => ({ key: 'history.deleteElements', params: { count: elementIds.length } }),
);

/** Puts one laid-out part (by offset key) or, without a key, every part of the page back where the layout puts it. */
export const resetPlacement = defineCommand<{ pageId: string; key?: string }>(
  'resetPlacement',
  (doc, { pageId, key }) => {
    const page = getPage(doc, pageId);
    if (!page?.offsets) return;
    if (key === undefined) delete page.offsets;
    else {
      delete page.offsets[key];
      if (Object.keys(page.offsets).length === 0) delete page.offsets;
    }
  },
  ({ key }) => ({ key: key === undefined ? 'history.resetPlacement.all' : 'history.resetPlacement' }),
);
