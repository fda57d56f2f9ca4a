import { describe, expect, it } from 'vitest';
import { getShortcutName } from './shortcuts';

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
