import { describe, expect, it } from 'vitest';
import { setStepText } from '@/model/commands';
import { createBlankDocument } from '@/model/defaults';
import { Editor } from '@/model/editor';
import { compactPatches, MAX_STORED_STEPS, readStoredHistory, toStoredHistory } from './history';

describe('stored history', () => {
  it('keeps one patch for a burst of typing, and it still undoes the whole burst', () => {
    const start = createBlankDocument({ steps: 2, language: 'nb' });
    const editor = new Editor(start);
    const stepId = start.steps[0].id;
    const typed = 'Møteplasser for alle';
    for (let i = 1; i <= typed.length; i++)
      editor.run(setStepText, { stepId, field: 'title', value: typed.slice(0, i) }, { gesture: 'step:typing' });
    const [entry] = editor.getHistorySnapshot().past;
    expect(entry.patches).toHaveLength(typed.length);
    const stored = toStoredHistory(editor.getHistorySnapshot());
    expect(stored.past[0].patches).toEqual([{ op: 'replace', path: ['steps', 0, 'title'], value: typed }]);
    const reopened = new Editor(start);
    reopened.replace(editor.document, structuredClone(stored));
    reopened.undo();
    expect(reopened.document).toEqual(start);
  });

  it('keeps patches to different places, and in order', () => {
    const patches = [
      { op: 'replace' as const, path: ['a'], value: 1 },
      { op: 'replace' as const, path: ['b'], value: 2 },
      { op: 'replace' as const, path: ['a'], value: 3 },
      { op: 'replace' as const, path: ['a'], value: 4 },
      { op: 'add' as const, path: ['list', 0], value: 5 },
      { op: 'add' as const, path: ['list', 0], value: 6 },
    ];
    expect(compactPatches(patches).map((p) => p.value)).toEqual([1, 2, 4, 5, 6]);
  });

  it(`keeps the last ${MAX_STORED_STEPS} undo steps`, () => {
    const editor = new Editor(createBlankDocument({ steps: 1, language: 'nb' }));
    const stepId = editor.document.steps[0].id;
    for (let i = 0; i < MAX_STORED_STEPS + 20; i++) editor.run(setStepText, { stepId, field: 'title', value: `v${i}` });
    const stored = toStoredHistory(editor.getHistorySnapshot());
    expect(stored.past).toHaveLength(MAX_STORED_STEPS);
    expect(stored.past[MAX_STORED_STEPS - 1].patches[0].value).toBe(`v${MAX_STORED_STEPS + 19}`);
  });

  it.each([
    null,
    'x',
    { past: 'x', future: [] },
    { past: [{ label: {}, patches: [], inverse: [] }], future: [] },
    { past: [{ label: { key: 'k' }, patches: [{ op: 'move', path: [] }], inverse: [] }], future: [] },
  ])('reads %j as no history', (value) => {
    expect(readStoredHistory(value)).toBeUndefined();
  });
});
