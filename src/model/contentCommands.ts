// Commands that edit a step's content: its commitments and service sections and their items.
import type { Draft } from 'immer';
import { defineCommand } from './command';
import { newId } from './ids';
import { getStepIndex } from './steps';
import type { Item, Section, Step, TrappDocument } from './types';
import { limits } from './limits';
import { insertAt, moveById, withoutId } from './lists';

/** Which list an item lives in: the step's commitments, or one of its sections. */
export type ListRef = { stepId: string; sectionId?: string };

type Found = { list: Draft<Item>[]; index: number; parent?: Draft<Item> };

function getList(doc: Draft<TrappDocument>, ref: ListRef): Draft<Item>[] | undefined {
  const step = doc.steps.find((s) => s.id === ref.stepId);
  if (!step) return undefined;
  return ref.sectionId === undefined
    ? step.commitments.items
    : step.sections.find((s) => s.id === ref.sectionId)?.items;
}

/** Finds an item anywhere in a step, top level or nested, with the list that holds it. */
function findItem(doc: Draft<TrappDocument>, itemId: string): Found | undefined {
  for (const step of doc.steps) {
    for (const list of [step.commitments.items, ...step.sections.map((s) => s.items)]) {
      for (let i = 0; i < list.length; i++) {
        if (list[i].id === itemId) return { list, index: i };
        const children = list[i].items ?? [];
        const child = children.findIndex((c) => c.id === itemId);
        if (child >= 0) return { list: children as Draft<Item>[], index: child, parent: list[i] };
      }
    }
  }
  return undefined;
}

const stepLabel =
  (key: string) =>
  ({ stepId }: { stepId: string }, doc: TrappDocument) => ({ key, params: { number: getStepIndex(doc, stepId) + 1 } });

export const setItemText = defineCommand<{ itemId: string; text: string }>('setItemText', (doc, { itemId, text }) => {
  const found = findItem(doc, itemId);
  if (found) found.list[found.index].text = text;
});

/** Adds an item to a list at `index`, or as a child of `parentId` at `index` among its children. */
export const addItem = defineCommand<{ list: ListRef; index: number; parentId?: string; item?: Item }>(
  'addItem',
  (doc, { list, index, parentId, item }) => {
    const added = item ?? { id: newId('item'), text: '' };
    if (parentId) {
      const parent = findItem(doc, parentId);
      if (!parent || parent.parent) return;
      const owner = parent.list[parent.index];
      owner.items = owner.items ?? [];
      if (owner.items.length >= limits.childItems) return;
      insertAt(owner.items, { id: added.id, text: added.text }, index);
      return;
    }
    const items = getList(doc, list);
    if (items && items.length < limits.items) insertAt(items, added, index);
  },
);

export const removeItem = defineCommand<{ itemId: string }>('removeItem', (doc, { itemId }) => {
  const found = findItem(doc, itemId);
  if (!found) return;
  found.list.splice(found.index, 1);
  if (found.parent && found.list.length === 0) delete found.parent.items;
});

/** Makes an item a child of the item above it (items nest one level; its own children come along). */
export const indentItem = defineCommand<{ itemId: string }>('indentItem', (doc, { itemId }) => {
  const found = findItem(doc, itemId);
  if (!found || found.parent || found.index === 0) return;
  const [item] = found.list.splice(found.index, 1);
  const previous = found.list[found.index - 1];
  previous.items = [
    ...(previous.items ?? []),
    { id: item.id, text: item.text, ...(item.links ? { links: item.links } : {}) },
    ...(item.items ?? []),
  ];
});

/** Makes a child item a top-level item right after its parent; the children below it come with it. */
export const outdentItem = defineCommand<{ itemId: string }>('outdentItem', (doc, { itemId }) => {
  const found = findItem(doc, itemId);
  if (!found || !found.parent) return;
  const siblings = found.list.splice(found.index);
  const [item, ...below] = siblings;
  if (found.list.length === 0) delete found.parent.items;
  for (const step of doc.steps) {
    for (const list of [step.commitments.items, ...step.sections.map((s) => s.items)]) {
      const at = list.indexOf(found.parent);
      if (at >= 0) list.splice(at + 1, 0, { ...item, ...(below.length ? { items: below } : {}) });
    }
  }
});

export const setCommitmentsHeading = defineCommand<{ stepId: string; heading: string }>(
  'setCommitmentsHeading',
  (doc, { stepId, heading }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) step.commitments.heading = heading;
  },
  stepLabel('history.setCommitmentsHeading'),
);

export const addSection = defineCommand<{ stepId: string; index?: number; section?: Section }>(
  'addSection',
  (doc, { stepId, index, section }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step)
      step.sections.splice(
        index ?? step.sections.length,
        0,
        section ?? { id: newId('section'), heading: '', items: [{ id: newId('item'), text: '' }] },
      );
  },
  stepLabel('history.addSection'),
);

export const removeSection = defineCommand<{ stepId: string; sectionId: string }>(
  'removeSection',
  (doc, { stepId, sectionId }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) step.sections = withoutId(step.sections, sectionId);
  },
  stepLabel('history.removeSection'),
);

export const moveSection = defineCommand<{ stepId: string; sectionId: string; toIndex: number }>(
  'moveSection',
  (doc, { stepId, sectionId, toIndex }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) moveById(step.sections, sectionId, toIndex);
  },
  stepLabel('history.moveSection'),
);

export const setSectionHeading = defineCommand<{ stepId: string; sectionId: string; heading: string }>(
  'setSectionHeading',
  (doc, { stepId, sectionId, heading }) => {
    const section = doc.steps.find((s) => s.id === stepId)?.sections.find((s) => s.id === sectionId);
    if (section) section.heading = heading;
  },
  stepLabel('history.setSectionHeading'),
);

/** A copy of a step with fresh ids for it and everything in it. */
export function copyStep(step: Step): Step {
  const copyItems = (items: readonly Item[]): Item[] =>
    items.map((item) => ({
      ...item,
      id: newId('item'),
      ...(item.items ? { items: item.items.map((c) => ({ ...c, id: newId('item') })) } : {}),
    }));
  return {
    ...step,
    id: newId('step'),
    commitments: { heading: step.commitments.heading, items: copyItems(step.commitments.items) },
    sections: step.sections.map((section) => ({ ...section, id: newId('section'), items: copyItems(section.items) })),
    figures: step.figures.map((figure) => ({ ...figure, id: newId('figure') })),
  };
}

/** A line pasted into an item list; `nested` lines go under the item above them. */
export type PastedItem = { id: string; text: string; nested?: boolean };

/**
 * Several lines pasted into one item, as one undo step: the item takes `text` (its own text with
 * the first line pasted in), and each further line becomes an item after it (nested ones under the
 * item above them; in a nested list they stay siblings, as items nest one level only).
 */
export const pasteItems = defineCommand<{ itemId: string; text: string; items: readonly PastedItem[] }>(
  'pasteItems',
  (doc, { itemId, text, items }) => {
    const found = findItem(doc, itemId);
    if (!found) return;
    found.list[found.index].text = text;
    let at = found.index + 1;
    let owner = found.list[found.index];
    for (const { id, text: line, nested } of items) {
      if (nested && !found.parent) owner.items = [...(owner.items ?? []), { id, text: line }];
      else {
        owner = { id, text: line };
        found.list.splice(at++, 0, owner);
      }
    }
  },
  ({ items }) => ({ key: 'history.pasteItems', params: { count: items.length + 1 } }),
);
