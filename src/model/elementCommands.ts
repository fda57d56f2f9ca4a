// Commands on free elements: the texts, shapes, connectors, pictures, icons and figure boxes a
// user places on a page by hand. A new step dropped into the staircase uses `addStep` (commands.ts).
import type { Draft } from 'immer';
import { defineCommand } from './command';
import type { ConnectorEnd, FreeElement, Page, TrappDocument } from './types';
import { limits } from './limits';

/** The id of the overview page when the document has no page entry for it yet (as getOverviewPage in the scene). */
export const IMPLIED_OVERVIEW_ID = 'overview';

type ElementKind = FreeElement['kind'];
type ElementOf<K extends ElementKind> = Extract<FreeElement, { kind: K }>;
/** Fields a user may change on an element; `undefined` clears an optional field (colour, label). */
export type ElementChanges = { [K in ElementKind]: Partial<Omit<ElementOf<K>, 'id' | 'kind'>> }[ElementKind];

function findPage(doc: Draft<TrappDocument>, pageId: string): Draft<Page> | undefined {
  const page = doc.pages.find((p) => p.id === pageId);
  if (page || pageId !== IMPLIED_OVERVIEW_ID) return page;
  return doc.pages.some((p) => p.kind === 'overview') ? undefined : getOrAddOverviewPage(doc);
}

/** The overview page's entry, made when it has none. */
export function getOrAddOverviewPage(doc: Draft<TrappDocument>): Draft<Page> {
  const overview = doc.pages.find((p) => p.kind === 'overview');
  if (overview) return overview;
  // The overview exists without an entry until something is placed on it; it comes first, as getPages shows it.
  doc.pages.unshift({ id: IMPLIED_OVERVIEW_ID, kind: 'overview', elements: [] });
  return doc.pages[0];
}

function findElement(doc: Draft<TrappDocument>, pageId: string, elementId: string): Draft<FreeElement> | undefined {
  return doc.pages.find((p) => p.id === pageId)?.elements.find((e) => e.id === elementId);
}

/** Places an element on top of the others on a page. */
export const addElement = defineCommand<{ pageId: string; element: FreeElement }>(
  'addElement',
  (doc, { pageId, element }) => {
    const page = findPage(doc, pageId);
    if (!page || page.elements.length >= limits.elementsPerPage || page.elements.some((e) => e.id === element.id))
      return;
    page.elements.push(structuredClone(element));
  },
  ({ element }) => ({ key: `history.addElement.${element.kind}` }),
);

export const updateElement = defineCommand<{ pageId: string; elementId: string; changes: ElementChanges }>(
  'updateElement',
  (doc, { pageId, elementId, changes }) => {
    const element = findElement(doc, pageId, elementId) as Record<string, unknown> | undefined;
    if (!element) return;
    for (const [key, value] of Object.entries(changes)) {
      if (key === 'id' || key === 'kind') continue;
      if (value === undefined) delete element[key];
      else element[key] = structuredClone(value);
    }
  },
);

/** Moves one end of a connector, attaching it to something or letting it go. */
export const setConnectorEnd = defineCommand<{
  pageId: string;
  elementId: string;
  end: 'from' | 'to';
  value: ConnectorEnd;
}>('setConnectorEnd', (doc, { pageId, elementId, end, value }) => {
  const element = findElement(doc, pageId, elementId);
  if (element?.kind !== 'arrow') return;
  element[end] = structuredClone(value);
});
