import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import * as arrangeCommands from './arrangeCommands';
import { copyElements } from './arrange';
import { parseClipboardText, toClipboardText } from './clipboard';
import type { FreeElement, TrappDocument } from './types';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';

const {
  moveSelection,
  nudge,
  resizeElement,
  alignElements,
  distributeElements,
  bringForward,
  sendBackward,
  bringToFront,
  sendToBack,
} = arrangeCommands;
const { groupElements, ungroupElements, setLocked, duplicateElements, pasteElements, deleteElements, resetPlacement } =
  arrangeCommands;

const P = 'page-free';
const box = (id: string, x: number, y: number, w = 40, h = 20): FreeElement => ({
  id,
  kind: 'shape',
  shape: 'rect',
  x,
  y,
  w,
  h,
});
const arrow = (id: string, from: string, to: string): FreeElement => ({
  id,
  kind: 'arrow',
  from: { x: 0, y: 0, attach: { kind: 'element', id: from } },
  to: { x: 0, y: 0, attach: { kind: 'element', id: to } },
});

function makeDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 4, language: 'nb' });
  const elements: FreeElement[] = [
    box('a', 10, 10),
    box('b', 100, 50, 60, 30),
    box('c', 300, 200),
    arrow('ab', 'a', 'b'),
    { ...box('d', 0, 0), locked: true },
  ];
  return {
    ...doc,
    pages: [
      { ...doc.pages[0], offsets: { 'band:x': { dx: 1, dy: 2 } } },
      { id: P, kind: 'free', elements },
    ],
  };
}
const page = (doc: TrappDocument) => doc.pages.find((p) => p.id === P)!;
const el = (doc: TrappDocument, id: string) =>
  page(doc).elements.find((e) => e.id === id) as Extract<FreeElement, { kind: 'shape' }>;
const ids = (doc: TrappDocument) => page(doc).elements.map((e) => e.id);
const S = (elementIds: string[]) => ({ pageId: P, elementIds });

const cases: Record<string, Case<unknown>> = {
  moveSelection: useCase(moveSelection)({
    args: (d) => ({ ...S(['a', 'd']), partKeys: [`step:${d.steps[1].id}`], dx: 5, dy: -3 }),
    check: (a) => {
      expect([el(a, 'a').x, el(a, 'a').y]).toEqual([15, 7]);
      expect(el(a, 'd').x).toBe(0); // locked
      expect(page(a).offsets).toEqual({ [`step:${a.steps[1].id}`]: { dx: 5, dy: -3 } });
    },
  }),
  nudge: useCase(nudge)({ args: () => ({ ...S(['b']), dx: 10, dy: 0 }), check: (a) => expect(el(a, 'b').x).toBe(110) }),
  resizeElement: useCase(resizeElement)({
    args: () => ({ pageId: P, elementId: 'a', box: { x: 5, y: 6, w: 80, h: 40 } }),
    check: (a) => expect(el(a, 'a')).toMatchObject({ x: 5, y: 6, w: 80, h: 40 }),
  }),
  alignElements: useCase(alignElements)({
    args: () => ({ ...S(['a', 'b', 'c']), edge: 'right' }),
    check: (a) => expect(['a', 'b', 'c'].map((id) => el(a, id).x + el(a, id).w)).toEqual([340, 340, 340]),
  }),
  distributeElements: useCase(distributeElements)({
    args: () => ({ ...S(['a', 'b', 'c']), axis: 'horizontal' }),
    // From 10 to 340: 330 wide, 140 of boxes, two gaps of 95.
    check: (a) => expect(['a', 'b', 'c'].map((id) => el(a, id).x)).toEqual([10, 145, 300]),
  }),
  bringForward: useCase(bringForward)({
    args: () => S(['a']),
    check: (a) => expect(ids(a)).toEqual(['b', 'a', 'c', 'ab', 'd']),
  }),
  sendBackward: useCase(sendBackward)({
    args: () => S(['c']),
    check: (a) => expect(ids(a)).toEqual(['a', 'c', 'b', 'ab', 'd']),
  }),
  bringToFront: useCase(bringToFront)({
    args: () => S(['a', 'b']),
    check: (a) => expect(ids(a)).toEqual(['c', 'ab', 'd', 'a', 'b']),
  }),
  sendToBack: useCase(sendToBack)({
    args: () => S(['d']),
    check: (a) => expect(ids(a)).toEqual(['d', 'a', 'b', 'c', 'ab']),
  }),
  groupElements: useCase(groupElements)({
    args: () => ({ ...S(['a', 'c']), groupId: 'g1' }),
    check: (a) => expect(page(a).elements.map((e) => e.group ?? '-')).toEqual(['g1', 'g', 'g1', '-', '-']),
  }),
  ungroupElements: useCase(ungroupElements)({
    args: () => S(['a']),
    check: (a) => expect(page(a).elements.map((e) => e.group ?? '-')).toEqual(['-', 'g', '-', '-', '-']),
  }),
  setLocked: useCase(setLocked)({
    args: () => ({ ...S(['a', 'd']), locked: false }),
    check: (a) => expect([el(a, 'a').locked, el(a, 'd').locked]).toEqual([undefined, undefined]),
  }),
  duplicateElements: useCase(duplicateElements)({
    args: () => ({ ...S(['a', 'b', 'ab']), newIds: { a: 'a2', b: 'b2', ab: 'ab2' }, dx: 10, dy: 10 }),
    check: (a) => {
      expect(ids(a)).toEqual(['a', 'b', 'c', 'ab', 'd', 'a2', 'b2', 'ab2']);
      expect([el(a, 'a2').x, el(a, 'a2').y]).toEqual([20, 20]);
      const copy = page(a).elements.find((e) => e.id === 'ab2');
      expect(copy?.kind === 'arrow' && [copy.from.attach?.id, copy.to.attach?.id]).toEqual(['a2', 'b2']);
    },
  }),
  pasteElements: useCase(pasteElements)({
    args: () => ({ pageId: P, elements: [box('x', 1, 2)] }),
    check: (a) => expect(ids(a)).toEqual(['a', 'b', 'c', 'ab', 'd', 'x']),
  }),
  deleteElements: useCase(deleteElements)({
    args: () => S(['a']),
    check: (a) => {
      expect(ids(a)).toEqual(['b', 'c', 'ab', 'd']);
      const connector = page(a).elements.find((e) => e.id === 'ab');
      // The end on the deleted element stays where it was, unattached; the other stays attached.
      expect(connector?.kind === 'arrow' && [connector.from.attach, connector.to.attach?.id]).toEqual([undefined, 'b']);
    },
  }),
  resetPlacement: useCase(resetPlacement)({
    args: (d) => ({ pageId: d.pages[0].id, key: 'band:x' }),
    check: (a) => expect(a.pages[0].offsets).toBeUndefined(),
  }),
};

// ungroup needs a group to undo: its own document.
const grouped = () => {
  const doc = makeDocument();
  return {
    ...doc,
    pages: [
      doc.pages[0],
      {
        ...page(doc),
        elements: page(doc).elements.map((e) => (e.id === 'a' || e.id === 'b' ? { ...e, group: 'g' } : e)),
      },
    ],
  };
};
describeCommandCases('arrange commands', arrangeCommands, cases, grouped);

describe('arrange commands', () => {
  it('a drag is one undo step, and its label names the step', () => {
    const editor = new Editor(makeDocument());
    const before = editor.document;
    const stepId = before.steps[3].id;
    for (let i = 0; i < 5; i++)
      editor.run(
        moveSelection,
        { pageId: before.pages[0].id, elementIds: [], partKeys: [`step:${stepId}`], dx: 2, dy: 1 },
        { gesture: 'drag' },
      );
    expect(editor.document.pages[0].offsets?.[`step:${stepId}`]).toEqual({ dx: 10, dy: 5 });
    expect(editor.getHistory()).toHaveLength(1);
    expect(editor.getHistory()[0].label).toEqual({ key: 'history.moveSelection.step', params: { number: 4 } });
    editor.undo();
    expect(editor.document).toEqual(before);
  });

  it('resetPlacement without a key clears every offset of the page', () => {
    const editor = new Editor(makeDocument());
    const pageId = editor.document.pages[0].id;
    editor.run(moveSelection, { pageId, elementIds: [], partKeys: ['header:header'], dx: 3, dy: 3 });
    editor.run(resetPlacement, { pageId });
    expect(editor.document.pages[0].offsets).toBeUndefined();
    expect(editor.getHistory().at(-1)?.label.key).toBe('history.resetPlacement.all');
  });

  it('locked elements are not moved, aligned or resized', () => {
    const editor = new Editor(makeDocument());
    editor.run(alignElements, { ...S(['a', 'd']), edge: 'left' });
    editor.run(resizeElement, { pageId: P, elementId: 'd', box: { x: 0, y: 0, w: 99, h: 99 } });
    expect(editor.canUndo()).toBe(false);
  });

  it('a connector with both ends on deleted elements is deleted with them', () => {
    const editor = new Editor(makeDocument());
    editor.run(deleteElements, S(['a', 'b']));
    expect(ids(editor.document)).toEqual(['c', 'd']);
  });

  it('copies for the clipboard get new ids, and a payload that is not ours is refused', () => {
    const doc = makeDocument();
    const text = toClipboardText(page(doc).elements.slice(0, 4));
    const parsed = parseClipboardText(text)!;
    const copies = copyElements(parsed, (id) => `${id}-new`, 20, 0);
    expect(copies.map((e) => e.id)).toEqual(['a-new', 'b-new', 'c-new', 'ab-new']);
    expect((copies[0] as { x: number }).x).toBe(30);
    expect(parseClipboardText('hello')).toBeUndefined();
    expect(parseClipboardText(JSON.stringify({ format: 'other', elements: [] }))).toBeUndefined();
  });
});
