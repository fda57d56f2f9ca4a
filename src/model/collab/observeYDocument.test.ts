import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createOwnUndoManager, observeYDocument, type RemoteChange } from './observeYDocument';
import { createYDocument, getRoot, loadYDocument, writeYDocument } from './yDocument';
import { loadTemplate } from '../../../export/testing/templates';

const alver = () => loadTemplate('alver');
/** Two editors joined directly, as the server would join them. */
function pair() {
  const a = createYDocument(alver());
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return { a, b };
}
const current = (ydoc: Y.Doc) => {
  const loaded = loadYDocument(ydoc);
  if (!loaded.ok) throw new Error('invalid');
  return loaded.document;
};

describe('observeYDocument', () => {
  it("hands on another person's change with the parts and steps it touched, and ignores one's own", () => {
    const { a, b } = pair();
    const changes: RemoteChange[] = [];
    observeYDocument(b, 'me', (change) => changes.push(change));
    const doc = current(b);
    writeYDocument(b, { ...doc, meta: { ...doc.meta, title: 'Min' } }, 'me');
    expect(changes).toHaveLength(0);
    const other = current(a);
    writeYDocument(a, { ...other, steps: other.steps.map((s, i) => (i === 4 ? { ...s, subtitle: 'Endra' } : s)) }, 'a');
    expect(changes).toHaveLength(1);
    expect([...changes[0].parts]).toEqual(['steps']);
    expect([...changes[0].stepIds]).toEqual([other.steps[4].id]);
    expect(changes[0].document.steps[4].subtitle).toBe('Endra');
    expect(changes[0].document.meta.title).toBe('Min');
  });

  it('does not hand on a state the loader refuses', () => {
    const { a, b } = pair();
    const changes: RemoteChange[] = [];
    observeYDocument(b, 'me', (change) => changes.push(change));
    getRoot(a).delete('format');
    expect(changes).toHaveLength(0);
  });
});

describe('createOwnUndoManager', () => {
  it("undoes one's own change and leaves the other person's in place", () => {
    const { a, b } = pair();
    const undo = createOwnUndoManager(a, 'me');
    const doc = current(a);
    writeYDocument(
      a,
      { ...doc, steps: doc.steps.map((s, i) => (i === 2 ? { ...s, title: 'Steg tre, nytt namn' } : s)) },
      'me',
    );
    const other = current(b);
    const page = other.pages[0];
    writeYDocument(
      b,
      { ...other, pages: [{ ...page, offsets: { 'step:step-5': { dx: 40, dy: 0 } } }, ...other.pages.slice(1)] },
      'b',
    );
    undo.undo();
    for (const ydoc of [a, b]) {
      expect(current(ydoc).steps[2].title).toBe(alver().steps[2].title);
      expect(current(ydoc).pages[0].offsets).toEqual({ 'step:step-5': { dx: 40, dy: 0 } });
    }
    undo.redo();
    expect(current(b).steps[2].title).toBe('Steg tre, nytt namn');
  });
});
