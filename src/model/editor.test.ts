import { describe, expect, it } from 'vitest';
import { addStep, removeStep, setLayout, setStepText } from './commands';
import { createBlankDocument, createStep } from './defaults';
import { Editor } from './editor';

const start = () => ({
  ...createBlankDocument({ steps: 3, language: 'nb' }),
  steps: ['Én', 'To', 'Tre'].map((title) => createStep({ title })),
});
const titles = (editor: Editor) => editor.document.steps.map((s) => s.title);

describe('batch', () => {
  it('makes several commands one undo step, apart from the steps before and after', () => {
    const doc = start();
    const editor = new Editor(doc);
    editor.run(setStepText, { stepId: doc.steps[0].id, field: 'title', value: 'Først' }, { gesture: 'step:typing' });
    const result = editor.batch(() => {
      for (const step of doc.steps.slice(1)) editor.run(removeStep, { stepId: step.id }, { gesture: 'step:typing' });
      return 'done';
    });
    editor.run(setStepText, { stepId: doc.steps[0].id, field: 'title', value: 'Sist' }, { gesture: 'step:typing' });
    expect(result).toBe('done');
    expect(editor.getHistory()).toHaveLength(3);
    expect(editor.getHistory()[1].label.key).toBe('history.removeStep');
    editor.undo();
    expect(titles(editor)).toEqual(['Først']);
    editor.undo();
    expect(titles(editor)).toEqual(['Først', 'To', 'Tre']);
    editor.undo();
    expect(editor.document).toEqual(doc);
  });

  it('joins a batch inside a batch to the outer one, and keeps a batch whose function throws as one step', () => {
    const editor = new Editor(start());
    editor.batch(() => {
      editor.run(addStep, { index: 0 });
      editor.batch(() => editor.run(addStep, { index: 0 }));
    });
    expect(() =>
      editor.batch(() => (editor.run(addStep, { index: 0 }), editor.run(addStep, { index: 0 }), fail())),
    ).toThrow('stop');
    expect(editor.getHistory()).toHaveLength(2);
    expect(editor.document.steps).toHaveLength(7);
  });
});

const fail = () => {
  throw new Error('stop');
};

describe('marks', () => {
  it('cancel a gesture back to the mark without an undo or a redo step', () => {
    const doc = start();
    const editor = new Editor(doc);
    editor.run(setStepText, { stepId: doc.steps[0].id, field: 'title', value: 'Før' }, { gesture: 'step:typing' });
    const mark = editor.mark();
    for (const value of ['A', 'AB', 'ABC'])
      editor.run(setStepText, { stepId: doc.steps[0].id, field: 'title', value }, { gesture: 'step:typing' });
    editor.run(setLayout, { stepGap: 0.5 }, { history: 'skip' });
    editor.cancelTo(mark);
    expect(titles(editor)).toEqual(['Før', 'To', 'Tre']);
    expect(editor.document.layout).toEqual(doc.layout);
    expect(editor.getHistory()).toHaveLength(1);
    expect(editor.canRedo()).toBe(false);
    editor.undo();
    expect(editor.document).toEqual(doc);
  });

  it('leave the document alone when nothing ran since the mark', () => {
    const editor = new Editor(start());
    editor.run(addStep, { index: 0 });
    editor.undo();
    const mark = editor.mark();
    const before = editor.document;
    editor.cancelTo(mark);
    expect(editor.document).toBe(before);
    expect(editor.canRedo()).toBe(true);
  });
});
