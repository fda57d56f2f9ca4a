import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosave', () => {
  it('waits for a pause in the changes', async () => {
    const save = vi.fn(async () => undefined);
    const autosave = createAutosave({ save, delay: 300, maxWait: 1000 });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(200);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('is never more than a second behind, however fast the changes come', async () => {
    const saves: number[] = [];
    const autosave = createAutosave({ save: async () => void saves.push(Date.now()), delay: 300, maxWait: 1000 });
    const start = Date.now();
    for (let t = 0; t < 3000; t += 50) {
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(saves.map((time) => time - start)).toEqual([1000, 2000, 3000]);
  });

  it('by default stores every change within 100 ms, even while the changes keep coming and each save takes 20 ms', async () => {
    const changes: number[] = [];
    const stored: { started: number; ended: number }[] = [];
    const autosave = createAutosave({
      save: async () => {
        const started = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 20));
        stored.push({ started, ended: Date.now() });
      },
    });
    // Typing at a key every 15 ms for a second, then a pause.
    for (let t = 0; t < 1000; t += 15) {
      changes.push(Date.now());
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(15);
    }
    await vi.advanceTimersByTimeAsync(500);
    // A change is stored by the first save that started after it.
    const delays = changes.map((time) => stored.find((save) => save.started >= time)!.ended - time);
    expect(Math.max(...delays)).toBeLessThanOrEqual(100);
    // Not a save per key: typing costs a save every few keys.
    expect(stored.length).toBeLessThan(changes.length / 2);
  });

  it('runs one save at a time and saves again what changed during a save', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const autosave = createAutosave({ save });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule();
    const flushed = autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    finish();
    await flushed;
    expect(autosave.isPending()).toBe(false);
  });

  it('keeps a change pending after a failed save, reports it, and stores it on the next try', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('full');
    });
    const autosave = createAutosave({ save, onError: (e) => errors.push(e) });
    autosave.schedule();
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(autosave.isPending()).toBe(true);
    fail = false;
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.isPending()).toBe(false);
  });

  it('flush with nothing pending does not save; dispose stops the timer', async () => {
    const save = vi.fn(async () => undefined);
    const autosave = createAutosave({ save });
    await autosave.flush();
    autosave.schedule();
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });
});
