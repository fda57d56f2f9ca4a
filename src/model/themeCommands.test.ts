import { describe, expect, it } from 'vitest';
import { setTheme } from './commands';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import * as themeCommands from './themeCommands';
import { addUserFont, applyContrastFix, removeUserFont, setStepStyle, setThemeFields } from './themeCommands';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';
import { getBuiltInTheme } from './themes';
import type { TrappDocument } from './types';

const start = (): TrappDocument => createBlankDocument({ steps: 4, language: 'nb' });

/** Runs `change`, then checks one undo restores the document exactly and one redo repeats the change. */
function expectUndoRedo(change: (editor: Editor) => void) {
  const editor = new Editor(start());
  const before = editor.document;
  change(editor);
  const after = editor.document;
  expect(after).not.toEqual(before);
  expect(editor.undo()).toBe(true);
  expect(editor.document).toEqual(before);
  expect(editor.canUndo()).toBe(false);
  expect(editor.redo()).toBe(true);
  expect(editor.document).toEqual(after);
  return editor;
}

describe('theme commands', () => {
  it('setTheme replaces the whole theme in one undo step', () => {
    const editor = expectUndoRedo((e) => e.run(setTheme, { theme: getBuiltInTheme('forest')!.theme }));
    expect(editor.document.theme.stepShape).toBe('rounded');
  });

  it('setThemeFields changes the given fields only; a colour picker’s drag is one undo step', () => {
    const editor = expectUndoRedo((e) => {
      for (const accent of ['#aa0000', '#bb0000', '#cc0000'])
        e.run(setThemeFields, { accent }, { gesture: 'theme:accent' });
    });
    expect(editor.document.theme.accent).toBe('#cc0000');
    expect(editor.document.theme.text).toBe(start().theme.text);
  });

  it('setStepStyle sets and clears a step’s own fill, text colour and font scale', () => {
    const editor = expectUndoRedo((e) =>
      e.run(setStepStyle, { stepId: e.document.steps[1].id, style: { fill: '#123456', fontScale: 1.2 } }),
    );
    const stepId = editor.document.steps[1].id;
    expect(editor.document.steps[1].style).toEqual({ fill: '#123456', fontScale: 1.2 });
    editor.run(setStepStyle, { stepId, style: { fill: null } });
    expect(editor.document.steps[1].style).toEqual({ fontScale: 1.2 });
    editor.run(setStepStyle, { stepId, style: { fontScale: null } });
    expect(editor.document.steps[1].style).toBeUndefined();
    editor.undo();
    expect(editor.document.steps[1].style).toEqual({ fontScale: 1.2 });
  });

  it('applyContrastFix changes a theme colour or a step’s own colour', () => {
    const themed = expectUndoRedo((e) =>
      e.run(applyContrastFix, { target: 'theme', field: 'mutedText', colour: '#333333' }),
    );
    expect(themed.document.theme.mutedText).toBe('#333333');
    const stepped = expectUndoRedo((e) =>
      e.run(applyContrastFix, {
        target: 'step',
        stepId: e.document.steps[0].id,
        field: 'textColour',
        colour: '#000000',
      }),
    );
    expect(stepped.document.steps[0].style).toEqual({ textColour: '#000000' });
  });

  it('keeps every step’s own overrides when the theme changes', () => {
    const editor = new Editor(start());
    const stepId = editor.document.steps[2].id;
    editor.run(setStepStyle, { stepId, style: { fill: '#7a2040', textColour: '#ffffff', fontScale: 0.9 } });
    for (const id of ['heather', 'highContrast', 'greyscale'])
      editor.run(setTheme, { theme: getBuiltInTheme(id)!.theme });
    expect(editor.document.steps[2].style).toEqual({ fill: '#7a2040', textColour: '#ffffff', fontScale: 0.9 });
  });
});

// The shared undo/redo check for every command of the module.
const withFont = (): TrappDocument => {
  const doc = start();
  return {
    ...doc,
    fonts: [{ family: 'Prøve Sans', weight: 700, data: 'AAAA' }],
    theme: { ...doc.theme, headingFont: 'Prøve Sans' },
  };
};
describeCommandCases(
  'theme commands',
  themeCommands,
  {
    setThemeFields: useCase(setThemeFields)({
      args: () => ({ accent: '#123456' }),
      check: (a) => expect(a.theme.accent).toBe('#123456'),
    }),
    setStepStyle: useCase(setStepStyle)({
      args: (doc) => ({ stepId: doc.steps[0].id, style: { fill: '#abcdef' } }),
      check: (a) => expect(a.steps[0].style?.fill).toBe('#abcdef'),
    }),
    applyContrastFix: useCase(applyContrastFix)({
      args: () => ({ target: 'theme', field: 'text', colour: '#000001' }),
      check: (a) => expect(a.theme.text).toBe('#000001'),
    }),
    addUserFont: useCase(addUserFont)({
      args: () => ({ font: { family: 'Prøve Sans', weight: 400, data: 'BBBB' } }),
      check: (a) => expect(a.fonts?.map((f) => f.weight)).toEqual([700, 400]),
    }),
    removeUserFont: useCase(removeUserFont)({
      args: () => ({ family: 'Prøve Sans', weight: 700 }),
      check: (a) => expect([a.fonts, a.theme.headingFont]).toEqual([undefined, start().theme.headingFont]),
    }),
  },
  withFont,
);
