import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

describe('keepUnchanged', () => {
  const previous = {
    meta: { title: 'A' },
    steps: [
      { id: 's1', title: 'En' },
      { id: 's2', title: 'To' },
    ],
    tags: ['x'],
  };

  it('gives back the previous object when nothing changed', () => {
    expect(keepUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('keeps unchanged parts and takes the changed ones, equal to next', () => {
    const next = structuredClone(previous);
    next.steps[1].title = 'Tvo';
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.meta).toBe(previous.meta);
    expect(kept.steps[0]).toBe(previous.steps[0]);
    expect(kept.steps[1]).not.toBe(previous.steps[1]);
    expect(kept.tags).toBe(previous.tags);
  });

  it('matches array entries by id, so a step moved or inserted keeps the others', () => {
    const next = structuredClone(previous);
    next.steps = [{ id: 's0', title: 'Ny' }, next.steps[1], next.steps[0]];
    const kept = keepUnchanged(previous, next);
    expect(kept.steps.map((s) => s.id)).toEqual(['s0', 's2', 's1']);
    expect(kept.steps[1]).toBe(previous.steps[1]);
    expect(kept.steps[2]).toBe(previous.steps[0]);
  });

  it('notices a removed key and a value changed to another type', () => {
    const next = { ...structuredClone(previous), meta: {} as { title?: string }, tags: 'x' as unknown as string[] };
    const kept = keepUnchanged(previous as typeof next, next);
    expect(kept.meta).toEqual({});
    expect(kept.tags).toBe('x');
  });
});
