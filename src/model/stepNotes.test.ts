import { expect, it } from 'vitest';
import { setStepText } from './commands';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import { loadParsed } from './load';

it('speaker notes are optional in format version 1: files with and without them load', () => {
  const doc = createBlankDocument({ steps: 3, language: 'nn' });
  const withNotes = { ...doc, steps: doc.steps.map((s, i) => (i === 0 ? { ...s, notes: 'Start her.' } : s)) };
  expect(loadParsed(doc).ok).toBe(true);
  const loaded = loadParsed(withNotes);
  expect(loaded.ok && loaded.document.steps[0].notes).toBe('Start her.');
  expect(loaded.ok && loaded.document.version).toBe(1);
});

it('typing notes is one undo step with its own label', () => {
  const editor = new Editor(createBlankDocument({ steps: 3, language: 'nb' }));
  const stepId = editor.document.steps[1].id;
  for (const value of ['F', 'Fo', 'Fortell om dagsenteret'])
    editor.run(setStepText, { stepId, field: 'notes', value }, { gesture: `step:${stepId}:notes` });
  editor.endGesture();
  expect(editor.document.steps[1].notes).toBe('Fortell om dagsenteret');
  expect(editor.getHistory().at(-1)?.label).toEqual({ key: 'history.setStepText.notes', params: { number: 2 } });
  editor.undo();
  expect(editor.document.steps[1].notes).toBeUndefined();
  editor.redo();
  expect(editor.document.steps[1].notes).toBe('Fortell om dagsenteret');
});
