import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import { checkItemLink, getAllItems, setItemLink } from './itemCommands';
import { loadDocument, saveDocument } from './load';
import type { TrappDocument } from './types';
import * as itemCommands from './itemCommands';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';

function documentWithItems(): TrappDocument {
  const doc = createBlankDocument({ steps: 2, language: 'nb' });
  const [first, second] = doc.steps;
  return {
    ...doc,
    steps: [
      { ...first, commitments: { heading: 'Kommunen:', items: [{ id: 'c1', text: 'Frisklivssentral' }] } },
      {
        ...second,
        sections: [
          {
            id: 's1',
            heading: 'Møteplasser',
            items: [{ id: 'i1', text: 'Seniorsenter', items: [{ id: 'i1a', text: 'Kafé på Ørnåsen' }] }],
          },
        ],
      },
    ],
  };
}

const linksOf = (doc: TrappDocument, itemId: string) => getAllItems(doc).find((e) => e.item.id === itemId)?.item.links;

describe('setItemLink', () => {
  it('adds, changes and removes a link, each one undo step', () => {
    const start = documentWithItems();
    const editor = new Editor(start);
    editor.run(setItemLink, { itemId: 'i1a', text: 'Kafé', href: 'www.gausdal.kommune.no/kafe' });
    expect(linksOf(editor.document, 'i1a')).toEqual([{ text: 'Kafé', href: 'https://www.gausdal.kommune.no/kafe' }]);
    editor.run(setItemLink, { itemId: 'i1a', text: 'Kafé', href: 'mailto:kafe@gausdal.kommune.no' });
    expect(linksOf(editor.document, 'i1a')).toEqual([{ text: 'Kafé', href: 'mailto:kafe@gausdal.kommune.no' }]);
    editor.run(setItemLink, { itemId: 'i1a', text: 'Kafé', href: null });
    expect(linksOf(editor.document, 'i1a')).toBeUndefined();
    expect(editor.getHistory().map((e) => e.label.key)).toEqual([
      'history.setItemLink',
      'history.setItemLink',
      'history.setItemLink',
    ]);
    editor.undo();
    expect(linksOf(editor.document, 'i1a')).toEqual([{ text: 'Kafé', href: 'mailto:kafe@gausdal.kommune.no' }]);
    editor.undo();
    editor.undo();
    expect(editor.document).toEqual(start);
    editor.redo();
    expect(linksOf(editor.document, 'i1a')).toEqual([{ text: 'Kafé', href: 'https://www.gausdal.kommune.no/kafe' }]);
  });

  it('keeps a link with an empty address for the user to fill, as the templates do', () => {
    const editor = new Editor(documentWithItems());
    editor.run(setItemLink, { itemId: 'c1', text: 'Frisklivssentral', href: '' });
    expect(linksOf(editor.document, 'c1')).toEqual([{ text: 'Frisklivssentral', href: '' }]);
  });

  it.each([
    ['javascript:alert(1)', 'unsafeScheme'],
    ['data:text/html,<b>hei</b>', 'unsafeScheme'],
    ['ikke en adresse', 'invalid'],
  ])('refuses %j (%s): no change and no undo step', (href, reason) => {
    const start = documentWithItems();
    const editor = new Editor(start);
    expect(checkItemLink(start, { itemId: 'i1', text: 'Seniorsenter', href })).toEqual({ ok: false, reason });
    editor.run(setItemLink, { itemId: 'i1', text: 'Seniorsenter', href });
    expect(editor.document).toBe(start);
    expect(editor.canUndo()).toBe(false);
  });

  it('refuses an unknown item and an empty link text', () => {
    const doc = documentWithItems();
    expect(checkItemLink(doc, { itemId: 'nope', text: 'x', href: 'https://x.no' })).toEqual({
      ok: false,
      reason: 'noItem',
    });
    expect(checkItemLink(doc, { itemId: 'i1', text: ' ', href: 'https://x.no' })).toEqual({
      ok: false,
      reason: 'noText',
    });
  });

  it("a document with links round-trips; a file with a javascript: link is refused with the link's path", () => {
    const editor = new Editor(documentWithItems());
    editor.run(setItemLink, { itemId: 'i1', text: 'Seniorsenter', href: 'tel:+4761221000' });
    expect(loadDocument(saveDocument(editor.document))).toEqual({ ok: true, document: editor.document });
    const hostile = saveDocument(editor.document).replace('tel:+4761221000', 'javascript:alert(1)');
    const result = loadDocument(hostile);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        code: 'invalid',
        path: 'steps[1].sections[0].items[0].links[0].href',
        detail: 'unsafeLink',
      }),
    ]);
  });
});

// The shared undo/redo check for every command of the module.
describeCommandCases(
  'item commands',
  itemCommands,
  {
    setItemLink: useCase(setItemLink)({
      args: () => ({ itemId: 'i1a', text: 'Kafé', href: 'https://example.org/kafe' }),
      check: (a) => expect(linksOf(a, 'i1a')).toEqual([{ text: 'Kafé', href: 'https://example.org/kafe' }]),
    }),
  },
  documentWithItems,
);
