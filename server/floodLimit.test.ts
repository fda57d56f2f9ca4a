import { describe, expect, it } from 'vitest';
import { createFloodLimit } from './floodLimit';

describe('createFloodLimit', () => {
  it('lets a burst through, refuses beyond it, and refills at the rate', () => {
    const limit = createFloodLimit(10, 5);
    const t = Date.now();
    const first = Array.from({ length: 8 }, () => limit.take(t));
    expect(first.filter(Boolean)).toHaveLength(5);
    expect(limit.take(t + 100)).toBe(true);
    expect(limit.take(t + 100)).toBe(false);
    expect(Array.from({ length: 20 }, () => limit.take(t + 10_000)).filter(Boolean)).toHaveLength(5);
  });
});
