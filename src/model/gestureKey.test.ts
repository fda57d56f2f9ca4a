import { describe, expect, it } from 'vitest';
import { gestureKey } from './gestureKey';

describe('gestureKey', () => {
  it('joins the kind and the parts with colons, as the keys were written before they were typed', () => {
    expect(gestureKey('step', 's1', 'title')).toBe('step:s1:title');
    expect(gestureKey('batch', 3)).toBe('batch:3');
    expect(gestureKey('layout')).toBe('layout');
  });

  it('keeps two fields of one thing apart and one field of one thing together', () => {
    expect(gestureKey('step', 's1', 'title')).not.toBe(gestureKey('step', 's1', 'subtitle'));
    expect(gestureKey('cell', 'c', 'r')).toBe(gestureKey('cell', 'c', 'r'));
  });

  it('does not take a misspelt kind (checked by the type check)', () => {
    // @ts-expect-error 'stpe' is not a gesture kind
    expect(gestureKey('stpe', 's1')).toBe('stpe:s1');
  });
});
