import { describe, expect, it } from 'vitest';
import { mapCaret } from './mapCaret';

describe('mapCaret', () => {
  it('keeps a caret before the change and moves one after it', () => {
    // Someone typed "Bo " at the start while the caret stood after "Tidlig".
    expect(mapCaret('Tidlig innsats', 'Bo Tidlig innsats', 6)).toBe(9);
    // Someone typed at the end: the caret after "Tidlig" stays.
    expect(mapCaret('Tidlig innsats', 'Tidlig innsats for alle', 6)).toBe(6);
  });

  it('goes to the end of a change it stood inside, and follows a deletion', () => {
    expect(mapCaret('abcdef', 'aXf', 3)).toBe(2);
    expect(mapCaret('Tidlig innsats', 'innsats', 10)).toBe(3);
    expect(mapCaret('abc', 'abc', 2)).toBe(2);
  });
});
