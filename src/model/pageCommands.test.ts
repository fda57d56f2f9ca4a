import { describe, expect, test } from 'vitest';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import * as pageCommands from './pageCommands';
import { addPage, movePage, removePage, setStepPage, setStepPages } from './pageCommands';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';
import type { TrappDocument } from './types';

const kinds = (doc: TrappDocument) =>
  doc.pages.map((p) => (p.kind === 'step' ? `step${doc.steps.findIndex((s) => s.id === p.stepId) + 1}` : p.kind));

function withUndoRedo(run: (editor: Editor) => void, check: (doc: TrappDocument) => void) {
  const editor = new Editor(createBlankDocument({ steps: 4, language: 'nb' }));
  const before = editor.document;
  run(editor);
  const after = editor.document;
  check(after);
  while (editor.undo());
  expect(editor.document).toEqual(before);
  while (editor.redo());
  expect(editor.document).toEqual(after);
}

describe('page commands', () => {
  test('setStepPages gives every step a page, in step order, and takes them away', () => {
    withUndoRedo(
      (e) => e.run(setStepPages, { enabled: true }),
      (doc) => expect(kinds(doc)).toEqual(['overview', 'step1', 'step2', 'step3', 'step4']),
    );
    withUndoRedo(
      (e) => {
        e.run(setStepPages, { enabled: true });
        e.run(setStepPages, { enabled: false });
      },
      (doc) => expect(kinds(doc)).toEqual(['overview']),
    );
  });

  test('setStepPage adds one step page in its place among the others, and removes it', () => {
    withUndoRedo(
      (e) => {
        e.run(setStepPages, { enabled: true });
        e.run(setStepPage, { stepId: e.document.steps[2].id, enabled: false });
      },
      (doc) => expect(kinds(doc)).toEqual(['overview', 'step1', 'step2', 'step4']),
    );
    withUndoRedo(
      (e) => {
        e.run(setStepPages, { enabled: true });
        e.run(setStepPage, { stepId: e.document.steps[2].id, enabled: false });
        e.run(setStepPage, { stepId: e.document.steps[2].id, enabled: true });
      },
      (doc) => expect(kinds(doc)).toEqual(['overview', 'step1', 'step2', 'step3', 'step4']),
    );
  });

  test('addPage, movePage and removePage; the overview is never removed', () => {
    withUndoRedo(
      (e) => {
        e.run(addPage, {});
        e.run(movePage, { pageId: e.document.pages[1].id, toIndex: 0 });
      },
      (doc) => expect(kinds(doc)).toEqual(['free', 'overview']),
    );
    withUndoRedo(
      (e) => {
        e.run(addPage, {});
        e.run(removePage, { pageId: e.document.pages[1].id });
      },
      (doc) => expect(kinds(doc)).toEqual(['overview']),
    );
    const editor = new Editor(createBlankDocument({ steps: 2, language: 'nb' }));
    editor.run(removePage, { pageId: editor.document.pages[0].id });
    expect(kinds(editor.document)).toEqual(['overview']);
    expect(editor.canUndo()).toBe(false);
  });
});

// The shared undo/redo check for every command of the module.
const withPages = (): TrappDocument => {
  const doc = createBlankDocument({ steps: 3, language: 'nb' });
  return { ...doc, pages: [...doc.pages, { id: 'page-free', kind: 'free', elements: [] }] };
};
describeCommandCases(
  'page commands',
  pageCommands,
  {
    addPage: useCase(addPage)({ args: () => ({}), check: (a, b) => expect(a.pages).toHaveLength(b.pages.length + 1) }),
    removePage: useCase(removePage)({
      args: () => ({ pageId: 'page-free' }),
      check: (a) => expect(a.pages.some((p) => p.id === 'page-free')).toBe(false),
    }),
    movePage: useCase(movePage)({
      args: () => ({ pageId: 'page-free', toIndex: 0 }),
      check: (a) => expect(a.pages[0].id).toBe('page-free'),
    }),
    setStepPages: useCase(setStepPages)({
      args: () => ({ enabled: true }),
      check: (a) => expect(a.pages.filter((p) => p.kind === 'step')).toHaveLength(3),
    }),
    setStepPage: useCase(setStepPage)({
      args: (doc) => ({ stepId: doc.steps[1].id, enabled: true }),
      check: (a) =>
        expect(a.pages.filter((p) => p.kind === 'step').map((p) => p.kind === 'step' && p.stepId)).toEqual([
          a.steps[1].id,
        ]),
    }),
  },
  withPages,
);
