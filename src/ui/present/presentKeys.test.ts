import { expect, test } from 'vitest';
import { applyPresentAction, getPresentAction } from './presentKeys';

const key = (k: string, more: Partial<KeyboardEvent> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

test('arrows, space, Page Up/Down and a clicker move; Escape leaves', () => {
  for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(getPresentAction(key(k), false), k).toBe('next');
  for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(getPresentAction(key(k), false), k).toBe('previous');
  expect(getPresentAction(key(' ', { shiftKey: true }), false)).toBe('previous');
  expect(getPresentAction(key('Escape'), false)).toBe('exit');
  expect(getPresentAction(key('Home'), false)).toBe('first');
  expect(getPresentAction(key('End'), false)).toBe('last');
});

test('space and Enter on a focused button press the button; shortcuts with Ctrl are left alone', () => {
  expect(getPresentAction(key(' '), true)).toBeUndefined();
  expect(getPresentAction(key('Enter'), true)).toBeUndefined();
  expect(getPresentAction(key('ArrowRight'), true)).toBe('next');
  expect(getPresentAction(key('z', { ctrlKey: true }), false)).toBeUndefined();
});

test('moving stops at the ends', () => {
  expect(applyPresentAction('next', 4, 5)).toBe(4);
  expect(applyPresentAction('previous', 0, 5)).toBe(0);
  expect(applyPresentAction('last', 0, 5)).toBe(4);
  expect(applyPresentAction('first', 3, 5)).toBe(0);
});
