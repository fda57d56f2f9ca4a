import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import * as elementCommands from './elementCommands';
import { documentSchema } from './schema';
import type { FreeElement, TrappDocument } from './types';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';
import { note } from '../../tests/unit/fixtures/freeElements';

const { addElement, updateElement, setConnectorEnd, IMPLIED_OVERVIEW_ID } = elementCommands;

const box: FreeElement = { id: 'box', kind: 'shape', shape: 'rect', x: 10, y: 20, w: 100, h: 50, fill: '#ffcc00' };
const arrow: FreeElement = {
  id: 'arrow',
  kind: 'arrow',
  from: { x: 110, y: 45, attach: { kind: 'element', id: 'box' } },
  to: { x: 200, y: 40, attach: { kind: 'element', id: 'note' } },
};

/** A document whose overview page already holds a box, a note and an arrow between them. */
function makeDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 4, language: 'nb' });
  return {
    ...doc,
    pages: [
      { id: 'p-overview', kind: 'overview', elements: [box, note, arrow] },
      ...doc.pages.filter((p) => p.kind !== 'overview'),
    ],
  };
}
const elements = (doc: TrappDocument) => doc.pages[0].elements;
const find = (doc: TrappDocument, id: string) => elements(doc).find((e) => e.id === id);

const cases: Record<string, Case<unknown>> = {
  addElement: useCase(addElement)({
    args: () => ({
      pageId: 'p-overview',
      element: { id: 'logo', kind: 'icon', icon: 'heart', x: 0, y: 0, w: 30, h: 30 },
    }),
    check: (a) => expect(elements(a).map((e) => e.id)).toEqual(['box', 'note', 'arrow', 'logo']),
  }),
  updateElement: useCase(updateElement)({
    args: () => ({ pageId: 'p-overview', elementId: 'note', changes: { text: 'Velkommen', bold: true } }),
    check: (a) => expect(find(a, 'note')).toMatchObject({ text: 'Velkommen', bold: true, size: 14 }),
  }),
  setConnectorEnd: useCase(setConnectorEnd)({
    args: (d) => ({
      pageId: 'p-overview',
      elementId: 'arrow',
      end: 'to',
      value: { x: 0, y: 0, attach: { kind: 'step', id: d.steps[2].id } },
    }),
    check: (a) => expect(find(a, 'arrow')).toMatchObject({ to: { attach: { kind: 'step', id: a.steps[2].id } } }),
  }),
};

describeCommandCases('element commands', elementCommands, cases, makeDocument);

describe('element commands on a document without an overview page entry', () => {
  it('addElement creates the overview page first, and undo takes the entry away again', () => {
    const blank = createBlankDocument({ steps: 3, language: 'nb' });
    // Older files and some templates have no entry for the overview; the page is shown all the same.
    const doc = { ...blank, pages: blank.pages.filter((p) => p.kind !== 'overview') };
    const editor = new Editor(doc);
    editor.run(addElement, { pageId: IMPLIED_OVERVIEW_ID, element: note });
    expect(editor.document.pages[0]).toMatchObject({ id: IMPLIED_OVERVIEW_ID, kind: 'overview', elements: [note] });
    expect(documentSchema.safeParse(editor.document).success).toBe(true);
    editor.undo();
    expect(editor.document).toEqual(doc);
  });

  it('updateElement with undefined clears an optional field, and a typing gesture is one undo step', () => {
    const editor = new Editor(makeDocument());
    editor.run(updateElement, { pageId: 'p-overview', elementId: 'box', changes: { fill: undefined } });
    expect(find(editor.document, 'box')).not.toHaveProperty('fill');
    const before = editor.document;
    for (const text of ['H', 'He', 'Hei!'])
      editor.run(
        updateElement,
        { pageId: 'p-overview', elementId: 'note', changes: { text } },
        { gesture: 'inline:note' },
      );
    expect(find(editor.document, 'note')).toMatchObject({ text: 'Hei!' });
    editor.undo();
    expect(editor.document).toEqual(before);
  });

  it('does nothing for an unknown page or element, so no empty undo step is recorded', () => {
    const editor = new Editor(makeDocument());
    editor.run(updateElement, { pageId: 'p-overview', elementId: 'nope', changes: { text: 'x' } });
    editor.run(setConnectorEnd, { pageId: 'p-overview', elementId: 'box', end: 'to', value: { x: 1, y: 1 } });
    editor.run(addElement, { pageId: 'missing', element: note });
    expect(editor.getHistory()).toHaveLength(0);
  });
});
