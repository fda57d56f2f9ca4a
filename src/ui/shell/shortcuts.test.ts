import { describe, expect, it } from 'vitest';
import { getShortcutName, historyShortcuts } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  getShortcutName({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('getShortcutName', () => {
  it('names key presses as the shortcut sheet writes them', () => {
    expect(key('d', { ctrlKey: true })).toBe('Ctrl+D');
    expect(key('d', { metaKey: true })).toBe('Ctrl+D');
    expect(key('G', { ctrlKey: true, shiftKey: true })).toBe('Ctrl+Shift+G');
    expect(key('ArrowLeft', { shiftKey: true })).toBe('Shift+ArrowLeft');
    expect(key('ArrowUp', { ctrlKey: true, shiftKey: true })).toBe('Ctrl+Shift+ArrowUp');
  });

  it('Backspace deletes like Delete, and "?" is "?" whatever Shift it took', () => {
    expect(key('Backspace')).toBe('Delete');
    expect(key('?', { shiftKey: true })).toBe('?');
    expect(key('Escape')).toBe('Escape');
  });
});

describe('historyShortcuts', () => {
  const undoes = (name: string) => historyShortcuts.undo.includes(name);
  const redoes = (name: string) => historyShortcuts.redo.includes(name);

  it('lists the names the undo and redo key presses get, with Cmd as Ctrl', () => {
    expect(undoes(key('z', { ctrlKey: true }))).toBe(true);
    expect(undoes(key('z', { metaKey: true }))).toBe(true);
    expect(redoes(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(redoes(key('y', { metaKey: true }))).toBe(true);
  });

  it('leaves typing and Alt combinations alone', () => {
    for (const name of [key('z'), key('y'), key('z', { ctrlKey: true, altKey: true })])
      expect(undoes(name) || redoes(name)).toBe(false);
  });
});
