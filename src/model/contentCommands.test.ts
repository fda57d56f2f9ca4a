import { describe, expect, test } from 'vitest';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import {
  addItem,
  addSection,
  copyStep,
  indentItem,
  moveSection,
  outdentItem,
  pasteItems,
  removeItem,
  removeSection,
  setCommitmentsHeading,
  setItemText,
  setSectionHeading,
} from './contentCommands';
import type { Item, TrappDocument } from './types';
import * as contentCommands from './contentCommands';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';

function editorWithItems(): Editor {
  const doc = createBlankDocument({ steps: 3, language: 'nb' });
  const items: Item[] = [
    { id: 'a', text: 'Møteplasser' },
    { id: 'b', text: 'Bibliotek', items: [{ id: 'b1', text: 'Lesesal' }] },
    { id: 'c', text: 'Kino' },
  ];
  doc.steps[0] = {
    ...doc.steps[0],
    commitments: { heading: 'Kommunen:', items },
    sections: [
      { id: 's1', heading: 'Tilbud', items: [] },
      { id: 's2', heading: 'Råd', items: [] },
    ],
  };
  return new Editor(doc);
}

const outline = (doc: TrappDocument) =>
  doc.steps[0].commitments.items
    .map((i) => (i.items?.length ? `${i.id}(${i.items.map((c) => c.id).join(',')})` : i.id))
    .join(' ');

/** Runs, checks, undoes back to the start and redoes to the same result. */
function expectUndoable(editor: Editor, run: () => void, check: (doc: TrappDocument) => void) {
  const before = editor.document;
  const depth = editor.getHistory().length;
  run();
  const after = editor.document;
  check(after);
  while (editor.getHistory().length > depth) editor.undo();
  expect(editor.document).toEqual(before);
  while (editor.redo());
  expect(editor.document).toEqual(after);
}

describe('item commands', () => {
  test('setItemText edits top-level and nested items', () => {
    const e = editorWithItems();
    expectUndoable(
      e,
      () => {
        e.run(setItemText, { itemId: 'a', text: 'Møteplasser for alle' });
        e.run(setItemText, { itemId: 'b1', text: 'Stille lesesal' });
      },
      (d) => {
        expect(d.steps[0].commitments.items[0].text).toBe('Møteplasser for alle');
        expect(d.steps[0].commitments.items[1].items![0].text).toBe('Stille lesesal');
      },
    );
  });

  test('addItem adds to a list or under a parent; removeItem removes and tidies an empty child list', () => {
    const e = editorWithItems();
    const stepId = e.document.steps[0].id;
    expectUndoable(
      e,
      () => {
        e.run(addItem, { list: { stepId }, index: 1, item: { id: 'n', text: 'Ny' } });
        e.run(addItem, { list: { stepId, sectionId: 's2' }, index: 0, item: { id: 'r', text: 'Råd' } });
        e.run(addItem, { list: { stepId }, index: 0, parentId: 'c', item: { id: 'c1', text: 'Barnefilm' } });
        e.run(removeItem, { itemId: 'b1' });
      },
      (d) => {
        expect(outline(d)).toBe('a n b c(c1)');
        expect(d.steps[0].commitments.items[2].items).toBeUndefined();
        expect(d.steps[0].sections[1].items.map((i) => i.text)).toEqual(['Råd']);
      },
    );
  });

  test('indentItem nests under the item above (with its children); outdentItem lifts it back after its parent', () => {
    const e = editorWithItems();
    expectUndoable(
      e,
      () => e.run(indentItem, { itemId: 'b' }),
      (d) => expect(outline(d)).toBe('a(b,b1) c'),
    );
    expectUndoable(
      e,
      () => e.run(outdentItem, { itemId: 'b1' }),
      (d) => expect(outline(d)).toBe('a(b) b1 c'),
    );
    expectUndoable(
      e,
      () => e.run(outdentItem, { itemId: 'b' }),
      (d) => expect(outline(d)).toBe('a b b1 c'),
    );
    const first = e.document;
    e.run(indentItem, { itemId: 'a' });
    expect(e.document).toBe(first);
  });

  test('sections: heading, add, move, remove; commitments heading', () => {
    const e = editorWithItems();
    const stepId = e.document.steps[0].id;
    expectUndoable(
      e,
      () => {
        e.run(setCommitmentsHeading, { stepId, heading: 'Kommunen skal:' });
        e.run(setSectionHeading, { stepId, sectionId: 's1', heading: 'Møteplasser' });
        e.run(addSection, { stepId, section: { id: 's3', heading: 'Digitalt', items: [] } });
        e.run(moveSection, { stepId, sectionId: 's3', toIndex: 0 });
        e.run(removeSection, { stepId, sectionId: 's2' });
      },
      (d) => {
        expect(d.steps[0].commitments.heading).toBe('Kommunen skal:');
        expect(d.steps[0].sections.map((s) => `${s.id}:${s.heading}`)).toEqual(['s3:Digitalt', 's1:Møteplasser']);
      },
    );
  });

  test('copyStep gives the copy and everything in it new ids', () => {
    const step = editorWithItems().document.steps[0];
    const copy = copyStep(step);
    const ids = (s: typeof step) => [
      s.id,
      ...s.commitments.items.flatMap((i) => [i.id, ...(i.items ?? []).map((c) => c.id)]),
      ...s.sections.map((x) => x.id),
    ];
    expect(ids(copy).filter((id) => ids(step).includes(id))).toEqual([]);
    expect(copy.commitments.items.map((i) => i.text)).toEqual(step.commitments.items.map((i) => i.text));
  });
});

describe('pasteItems', () => {
  test('several lines pasted into an item become one item per line, nested ones under the line above, in one undo step', () => {
    const e = editorWithItems();
    expectUndoable(
      e,
      () =>
        e.run(pasteItems, {
          itemId: 'a',
          text: 'Møteplasser: Kafé',
          items: [
            { id: 'p1', text: 'Turlag' },
            { id: 'p2', text: 'Fjelltur', nested: true },
            { id: 'p3', text: 'Bibliotekkveld' },
          ],
        }),
      (d) => {
        expect(outline(d)).toBe('a p1(p2) p3 b(b1) c');
        expect(d.steps[0].commitments.items.slice(0, 3).map((i) => i.text)).toEqual([
          'Møteplasser: Kafé',
          'Turlag',
          'Bibliotekkveld',
        ]);
        expect(e.getHistory().at(-1)?.label).toEqual({ key: 'history.pasteItems', params: { count: 4 } });
      },
    );
  });

  test('lines pasted into a nested item stay siblings there', () => {
    const e = editorWithItems();
    expectUndoable(
      e,
      () =>
        e.run(pasteItems, { itemId: 'b1', text: 'Lesesal', items: [{ id: 'q1', text: 'Studierom', nested: true }] }),
      (d) => expect(outline(d)).toBe('a b(b1,q1) c'),
    );
  });
});

// The shared undo/redo check for every command of the module.
describeCommandCases(
  'content commands',
  contentCommands,
  {
    setItemText: useCase(setItemText)({
      args: () => ({ itemId: 'b1', text: 'Stille lesesal' }),
      check: (a) => expect(a.steps[0].commitments.items[1].items?.[0].text).toBe('Stille lesesal'),
    }),
    addItem: useCase(addItem)({
      args: (doc) => ({ list: { stepId: doc.steps[0].id }, index: 0 }),
      check: (a, b) => expect(a.steps[0].commitments.items).toHaveLength(b.steps[0].commitments.items.length + 1),
    }),
    removeItem: useCase(removeItem)({
      args: () => ({ itemId: 'c' }),
      check: (a) => expect(outline(a)).toBe('a b(b1)'),
    }),
    indentItem: useCase(indentItem)({
      args: () => ({ itemId: 'c' }),
      check: (a) => expect(outline(a)).toBe('a b(b1,c)'),
    }),
    outdentItem: useCase(outdentItem)({
      args: () => ({ itemId: 'b1' }),
      check: (a) => expect(outline(a)).toBe('a b b1 c'),
    }),
    setCommitmentsHeading: useCase(setCommitmentsHeading)({
      args: (doc) => ({ stepId: doc.steps[0].id, heading: 'Vi gjør:' }),
      check: (a) => expect(a.steps[0].commitments.heading).toBe('Vi gjør:'),
    }),
    addSection: useCase(addSection)({
      args: (doc) => ({ stepId: doc.steps[0].id }),
      check: (a) => expect(a.steps[0].sections).toHaveLength(3),
    }),
    removeSection: useCase(removeSection)({
      args: (doc) => ({ stepId: doc.steps[0].id, sectionId: 's1' }),
      check: (a) => expect(a.steps[0].sections.map((s) => s.id)).toEqual(['s2']),
    }),
    moveSection: useCase(moveSection)({
      args: (doc) => ({ stepId: doc.steps[0].id, sectionId: 's2', toIndex: 0 }),
      check: (a) => expect(a.steps[0].sections.map((s) => s.id)).toEqual(['s2', 's1']),
    }),
    setSectionHeading: useCase(setSectionHeading)({
      args: (doc) => ({ stepId: doc.steps[0].id, sectionId: 's2', heading: 'Hjelp' }),
      check: (a) => expect(a.steps[0].sections[1].heading).toBe('Hjelp'),
    }),
    pasteItems: useCase(pasteItems)({
      args: () => ({ itemId: 'a', text: 'Kafé', items: [{ id: 'p1', text: 'Turlag' }] }),
      check: (a) => expect(outline(a)).toBe('a p1 b(b1) c'),
    }),
  },
  () => editorWithItems().document,
);
