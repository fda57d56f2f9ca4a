import type { Draft } from 'immer';
import type { FreeElement, Page, TrappDocument } from './types';

/** A free element that has a box of its own (every kind but the connector). */
export type BoxElement = Exclude<FreeElement, { kind: 'arrow' }>;
export type Connector = Extract<FreeElement, { kind: 'arrow' }>;
export type Box = { x: number; y: number; w: number; h: number };

export const isBoxElement = (element: FreeElement): element is BoxElement => element.kind !== 'arrow';
export const isConnector = (element: FreeElement): element is Connector => element.kind === 'arrow';

export function getPage<D extends TrappDocument | Draft<TrappDocument>>(
  doc: D,
  pageId: string,
): D['pages'][number] | undefined {
  return doc.pages.find((p) => p.id === pageId) as D['pages'][number] | undefined;
}

/** The page's elements named by `ids`, in list order; locked ones left out unless asked for. */
export function pickElements<E extends FreeElement | Draft<FreeElement>>(
  elements: E[],
  ids: readonly string[],
  includeLocked = false,
): E[] {
  const wanted = new Set(ids);
  return elements.filter((e) => wanted.has(e.id) && (includeLocked || !e.locked));
}

/** The smallest box around the given boxes. */
export function getBounds(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** The ids of the elements grouped with any of `ids` (groups are selected, moved and copied together). */
export function expandGroups(page: Page, ids: readonly string[]): string[] {
  const groups = new Set(page.elements.filter((e) => ids.includes(e.id) && e.group).map((e) => e.group));
  return page.elements.filter((e) => ids.includes(e.id) || (e.group && groups.has(e.group))).map((e) => e.id);
}

/**
 * Copies of elements with new ids, moved by (dx, dy). A connector end attached to a copied element
 * is attached to its copy; an end attached to something not copied stays where it was attached.
 * Copies of a group form a new group.
 */
export function copyElements(
  elements: readonly FreeElement[],
  newId: (old: string) => string,
  dx: number,
  dy: number,
): FreeElement[] {
  const ids = new Map(elements.map((e) => [e.id, newId(e.id)]));
  const groups = new Map<string, string>();
  const regroup = (group: string | undefined) => {
    if (!group) return undefined;
    if (!groups.has(group)) groups.set(group, newId(group));
    return groups.get(group);
  };
  return elements.map((element) => {
    const copy = structuredClone(element) as FreeElement;
    copy.id = ids.get(element.id)!;
    const group = regroup(element.group);
    if (group) copy.group = group;
    else delete copy.group;
    if (isConnector(copy)) {
      for (const end of [copy.from, copy.to]) {
        const target = end.attach?.kind === 'element' ? ids.get(end.attach.id) : undefined;
        if (target) end.attach = { kind: 'element', id: target };
        else if (!end.attach) ((end.x += dx), (end.y += dy));
      }
    } else {
      copy.x += dx;
      copy.y += dy;
    }
    return copy;
  });
}
