import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveSelection } from '../arrangeCommands';
import { removeStep, setStepText } from '../commands';
import { Editor } from '../editor';
import { addElement } from '../elementCommands';
import { loadParsed } from '../load';
import type { FreeElement, TrappDocument } from '../types';
import { bindEditor } from './bindEditor';
import { readYDocument, writeYDocument } from './yDocument';
import { loadTemplate } from '../../../export/testing/templates';
import { note } from '../../../tests/unit/fixtures/freeElements';

const alver = () => loadTemplate('alver');

/**
 * Two people, each with an editor on a Y.Doc; their updates travel only while `online`, else they
 * queue. Yjs settles a tie by client id, so tests of ties run with both orders.
 */
function twoPeople(ids = [1, 2]) {
  const ya = new Y.Doc();
  const yb = new Y.Doc();
  [ya.clientID, yb.clientID] = ids;
  writeYDocument(ya, alver());
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  const link = { online: true, sent: { a: 0, b: 0 } };
  const queue: [Y.Doc, Uint8Array][] = [];
  const relay = (from: Y.Doc, to: Y.Doc, who: 'a' | 'b') =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      link.sent[who]++;
      if (link.online) Y.applyUpdate(to, update, 'remote');
      else queue.push([to, update]);
    });
  relay(ya, yb, 'a');
  relay(yb, ya, 'b');
  const a = new Editor(alver());
  const b = new Editor(new Editor(alver()).document);
  const bindings = [bindEditor(a, ya), bindEditor(b, yb)];
  const reconnect = () => {
    link.online = true;
    for (const [to, update] of queue.splice(0)) Y.applyUpdate(to, update, 'remote');
  };
  return { a, b, ya, yb, link, reconnect, bindings };
}

/** Types `text` into a step's field a letter at a time, at its start or end, as one gesture. */
function type(editor: Editor, stepId: string, field: 'title' | 'subtitle', text: string, at: 'start' | 'end' = 'end') {
  [...text].forEach((letter, i) => {
    const old = editor.document.steps.find((s) => s.id === stepId)![field];
    const value = at === 'end' ? old + letter : old.slice(0, i) + letter + old.slice(i);
    editor.run(setStepText, { stepId, field, value }, { gesture: `step:${stepId}` });
  });
  editor.endGesture();
}

/** Both people see the same document, and it passes the loader (schema, limits). */
function expectConverged(a: Editor, b: Editor, ya: Y.Doc, yb: Y.Doc) {
  expect(readYDocument(ya)).toEqual(readYDocument(yb));
  expect(a.document).toEqual(b.document);
  const loaded = loadParsed(readYDocument(ya));
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(loaded.document).toEqual(a.document);
}

describe('bindEditor', () => {
  it('merges two people typing in one field letter by letter', () => {
    const { a, b, ya, yb, link, reconnect } = twoPeople();
    const step = alver().steps[2];
    link.online = false;
    type(a, step.id, 'title', ' Anna');
    type(b, step.id, 'title', 'Bo ', 'start');
    expect(a.document.steps[2].title).toBe(`${step.title} Anna`);
    reconnect();
    expect(a.document.steps[2].title).toBe(`Bo ${step.title} Anna`);
    expectConverged(a, b, ya, yb);
  });

  it("undoes one's own typing as one step and leaves the other person's change", () => {
    const { a, b, ya, yb } = twoPeople();
    const [, second, third] = alver().steps;
    type(a, third.id, 'title', ' nytt');
    b.run(setStepText, { stepId: second.id, field: 'subtitle', value: 'Frå Bo' });
    // The remote change reached A's document but not A's history.
    expect(a.document.steps[1].subtitle).toBe('Frå Bo');
    expect(a.getHistory().map((e) => e.label.key)).toEqual(['history.setStepText.title']);
    expect(b.getHistory()).toHaveLength(1);
    expect(a.undo()).toBe(true);
    expect(a.canUndo()).toBe(false);
    for (const editor of [a, b]) {
      expect(editor.document.steps[2].title).toBe(third.title);
      expect(editor.document.steps[1].subtitle).toBe('Frå Bo');
    }
    expect(a.getHistorySnapshot().future.map((e) => e.label.key)).toEqual(['history.setStepText.title']);
    expect(a.redo()).toBe(true);
    expect(b.document.steps[2].title).toBe(`${third.title} nytt`);
    expect(a.getHistory().map((e) => e.label.key)).toEqual(['history.setStepText.title']);
    expectConverged(a, b, ya, yb);
  });

  it('does not send a remote change back, and records no history for it', () => {
    const { a, b, link } = twoPeople();
    const before = a.document;
    b.run(setStepText, { stepId: alver().steps[0].id, field: 'title', value: 'Berre B' });
    expect(link.sent).toEqual({ a: 0, b: 1 });
    expect(a.document.steps[0].title).toBe('Berre B');
    // Only what changed is new: the rest keeps its identity, so only step 1 is drawn again.
    expect(a.document.steps[1]).toBe(before.steps[1]);
    expect(a.document.pages).toBe(before.pages);
    expect(a.document.steps[0]).not.toBe(before.steps[0]);
    expect(a.canUndo()).toBe(false);
  });

  it('keeps a batch as one step and Escape (cancelTo) takes typing back without a redo step', () => {
    const { a, b } = twoPeople();
    const [first, second] = alver().steps;
    a.batch(() => {
      a.run(setStepText, { stepId: first.id, field: 'title', value: 'Ein' });
      a.run(setStepText, { stepId: second.id, field: 'title', value: 'To' });
    });
    const mark = a.mark();
    type(a, first.id, 'subtitle', 'kladd');
    a.cancelTo(mark);
    expect(b.document.steps[0].subtitle).toBe(first.subtitle);
    expect(a.getHistorySnapshot().future).toHaveLength(0);
    expect(a.getHistory()).toHaveLength(1);
    a.undo();
    expect(b.document.steps.slice(0, 2).map((s) => s.title)).toEqual([first.title, second.title]);
  });

  it.each([[[1, 2]], [[2, 1]]])(
    'a step deleted by one person while the other edits its title: the deletion wins, the document stays valid (ids %j)',
    (ids) => {
      const { a, b, ya, yb, link, reconnect } = twoPeople(ids);
      const step = alver().steps[2];
      link.online = false;
      a.run(removeStep, { stepId: step.id });
      type(b, step.id, 'title', ' endra');
      reconnect();
      expect(b.document.steps.some((s) => s.id === step.id)).toBe(false);
      expect(b.document.steps).toHaveLength(alver().steps.length - 1);
      expectConverged(a, b, ya, yb);
      // B's undo of a change to a step that is gone does not bring it back half.
      b.undo();
      expectConverged(a, b, ya, yb);
      expect(a.document.steps.some((s) => s.id === step.id)).toBe(false);
    },
  );

  // The higher client id wins a tie. Undo: a drop that lost has nothing to take back (the box stays
  // where B put it, and the step before is not undone instead); one that won cannot go back to where
  // the box was (B's drop replaced that) and is completed to stay where it is.
  it.each([
    [[1, 2], '160,70', '160,70'],
    [[2, 1], '230,50', '230,50'],
  ])(
    'two people moving the same text box: one drop wins whole, valid, also after undo (ids %j)',
    (ids, dropped, undone) => {
      const { a, b, ya, yb, link, reconnect } = twoPeople(ids);
      const pageId = alver().pages[0].id;
      a.run(addElement, { pageId, element: note });
      link.online = false;
      for (let i = 0; i < 3; i++)
        a.run(moveSelection, { pageId, elementIds: ['note'], dx: 10, dy: 10 }, { gesture: 'drag' });
      b.run(moveSelection, { pageId, elementIds: ['note'], dx: -40, dy: 50 }, { gesture: 'drag' });
      reconnect();
      const at = (editor: Editor) => {
        const box = editor.document.pages[0].elements.find((e) => e.id === 'note') as
          Extract<FreeElement, { kind: 'text' }> | undefined;
        return box && `${box.x},${box.y}`;
      };
      expect(at(a)).toBe(dropped);
      expectConverged(a, b, ya, yb);
      // A's drag is one undo step; undoing it leaves a valid document for both (repairYDocument), and B's drop.
      expect(a.getHistory().map((e) => e.label.key)).toEqual(['history.addElement.text', 'history.moveSelection']);
      a.undo();
      expectConverged(a, b, ya, yb);
      expect(at(a)).toBe(undone);
      expect(a.getHistory().map((e) => e.label.key)).toEqual(['history.addElement.text']);
    },
  );

  it('another document given to the editor (a new trapp, a file) leaves the shared one as it is for the others', async () => {
    const ya = new Y.Doc();
    writeYDocument(ya, alver());
    const yb = new Y.Doc();
    Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
    ya.on('update', (update: Uint8Array) => Y.applyUpdate(yb, update, 'remote'));
    const a = new Editor(alver());
    const left: TrappDocument[] = [];
    bindEditor(a, ya, { onLeave: (document) => left.push(document) });
    const other = { ...alver(), steps: alver().steps.slice(0, 2) };
    a.replace(other);
    a.run(setStepText, { stepId: other.steps[0].id, field: 'title', value: 'Berre mitt' });
    expect(readYDocument(yb)).toEqual(readYDocument(ya));
    expect((readYDocument(yb) as TrappDocument).steps).toHaveLength(alver().steps.length);
    expect(a.document.steps[0].title).toBe('Berre mitt');
    expect(a.getHistory()).toHaveLength(1);
    await Promise.resolve();
    expect(left).toHaveLength(1);
  });

  it('with a schedule, reads a burst of remote changes once, and always before a local command', () => {
    const ya = new Y.Doc();
    writeYDocument(ya, alver());
    const yb = new Y.Doc();
    Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
    ya.on(
      'update',
      (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(yb, update, 'remote'),
    );
    yb.on(
      'update',
      (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(ya, update, 'remote'),
    );
    const a = new Editor(alver());
    const b = new Editor(alver());
    const waiting: (() => void)[] = [];
    let reads = 0;
    bindEditor(a, ya, { schedule: (flush) => waiting.push(flush), onRemote: () => reads++ });
    bindEditor(b, yb);
    const [first, second] = alver().steps;
    for (const value of ['B', 'Bo', 'Bom']) b.run(setStepText, { stepId: first.id, field: 'title', value });
    expect(a.document.steps[0].title).toBe(first.title);
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect([reads, a.document.steps[0].title]).toEqual([1, 'Bom']);
    // A change still waiting is brought in before A's own command, which therefore does not undo it.
    b.run(setStepText, { stepId: first.id, field: 'title', value: 'Bommen' });
    a.run(setStepText, { stepId: second.id, field: 'title', value: 'Frå A' });
    expect(b.document.steps[0].title).toBe('Bommen');
    expect(a.document.steps[0].title).toBe('Bommen');
    expect(b.document.steps[1].title).toBe('Frå A');
    expect(a.document).toEqual(b.document);
  });
});
