import { describe, expect, it } from 'vitest';
import { defaultDocument } from './defaultDocument';
import { loadParsed } from './load';
import { CURRENT_VERSION } from './schemaConstants';

describe('defaultDocument', () => {
  // It is shown without validation, so it must be exactly what validating it would give.
  it('validates to itself, with no migration and nothing dropped or added', () => {
    expect(defaultDocument.version).toBe(CURRENT_VERSION);
    const loaded = loadParsed(structuredClone(defaultDocument));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.document).toEqual(defaultDocument);
  });
});
