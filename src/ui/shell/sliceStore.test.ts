import { describe, expect, it } from 'vitest';
import { addStep, setMetaText, setPage, setStepText } from '@/model/commands';
import { createBlankDocument } from '@/model/defaults';
import { Editor } from '@/model/editor';
import { createSliceStore, isSameSlice } from './sliceStore';

const start = () => new Editor(createBlankDocument({ steps: 3, language: 'nb' }));

/** How often a reader of one part would be drawn again: the listener React's useSyncExternalStore gives. */
function countRedraws<T>(editor: Editor, select: (editor: Editor) => T) {
  const store = createSliceStore(editor, () => select);
  const counter = { redraws: 0, store };
  store.subscribe(() => counter.redraws++);
  return counter;
}

describe('createSliceStore', () => {
  it('tells a reader of the steps about a step change, and not about a title or the page size', () => {
    const editor = start();
    const steps = countRedraws(editor, (e) => e.document.steps);
    const before = steps.store.getSnapshot();
    editor.run(setMetaText, { field: 'title', value: 'Ny tittel' });
    editor.run(setPage, { size: 'A4', orientation: 'portrait' });
    expect(steps.redraws).toBe(0);
    expect(steps.store.getSnapshot()).toBe(before);
    editor.run(setStepText, { stepId: editor.document.steps[0].id, field: 'title', value: 'Først' });
    expect(steps.redraws).toBe(1);
    expect(steps.store.getSnapshot()[0].title).toBe('Først');
  });

  it('keeps a selector that builds an array unchanged while its entries are, so it does not redraw for nothing', () => {
    const editor = start();
    const titles = countRedraws(editor, (e) => e.document.steps.map((s) => s.title));
    const first = titles.store.getSnapshot();
    editor.run(setMetaText, { field: 'municipality', value: 'Sandnes' });
    expect(titles.redraws).toBe(0);
    expect(titles.store.getSnapshot()).toBe(first);
    editor.run(addStep, { index: 3 });
    expect(titles.redraws).toBe(1);
    expect(titles.store.getSnapshot()).toHaveLength(4);
  });

  it('hears history that is not in the document: whether it can undo changes with the first command and with undo', () => {
    const editor = start();
    const canUndo = countRedraws(editor, (e) => e.canUndo());
    editor.run(setMetaText, { field: 'title', value: 'A' });
    editor.run(setMetaText, { field: 'title', value: 'B' });
    expect(canUndo.redraws).toBe(1);
    editor.undo();
    editor.undo();
    expect(canUndo.redraws).toBe(2);
    expect(canUndo.store.getSnapshot()).toBe(false);
  });

  it('hears a new history entry though the editor keeps its history in one array it adds to', () => {
    const editor = start();
    const labels = countRedraws(editor, (e) => e.getHistorySnapshot().past.map((entry) => entry.label));
    editor.run(setMetaText, { field: 'title', value: 'A' });
    editor.run(setMetaText, { field: 'title', value: 'B' });
    expect(labels.redraws).toBe(2);
    expect(labels.store.getSnapshot()).toHaveLength(2);
  });

  it('compares arrays entry by entry and everything else by identity', () => {
    const part = { a: 1 };
    expect(isSameSlice([part, 2], [part, 2])).toBe(true);
    expect(isSameSlice([part], [{ a: 1 }])).toBe(false);
    expect(isSameSlice({ a: 1 }, { a: 1 })).toBe(false);
    expect(isSameSlice(Number.NaN, Number.NaN)).toBe(true);
  });
});
