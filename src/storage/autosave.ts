export type AutosaveOptions = {
  save: () => Promise<void>;
  onSaved?: () => void;
  /** A failed save keeps the change pending; the next change or `flush()` tries again. */
  onError?: (error: unknown) => void;
  /** Quiet time after the last change before saving. */
  delay?: number;
  /** The longest a change waits however fast the user types: never more than this behind. */
  maxWait?: number;
  now?: () => number;
};

export type Autosave = {
  /** Call on every change. */
  schedule: () => void;
  /** Saves what is pending now and resolves when everything is saved (or a save failed). */
  flush: () => Promise<void>;
  isPending: () => boolean;
  dispose: () => void;
};

/** Debounced saving that is never more than `maxWait` behind and runs one save at a time. */
// A killed browser loses at most what was typed in the last 100 ms: a pause of 40 ms saves, and
// steady typing saves at least every 60 ms (a save takes a few ms, bench/autosave.bench.ts).
export function createAutosave({
  save,
  onSaved,
  onError,
  delay = 40,
  maxWait = 60,
  now = Date.now,
}: AutosaveOptions): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;
  let dirty = false;
  let running: Promise<boolean> | undefined;
  let disposed = false;

  const cancelTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /**
   * Saves what is pending. `untilClean` (flush) saves again until nothing is; the timer saves once,
   * since a change made during that save armed its own timer and waits its turn (no save per key).
   */
  async function drain(untilClean: boolean): Promise<void> {
    cancelTimer();
    for (;;) {
      if (running) {
        await running;
        continue;
      }
      if (!dirty || disposed) return;
      dirty = false;
      firstChangeAt = undefined;
      running = save().then(
        () => (onSaved?.(), true),
        (error: unknown) => {
          dirty = true;
          onError?.(error);
          return false;
        },
      );
      const ok = await running;
      running = undefined;
      if (!ok || !untilClean) return;
    }
  }

  return {
    schedule() {
      if (disposed) return;
      dirty = true;
      const time = now();
      firstChangeAt ??= time;
      cancelTimer();
      const wait = Math.max(0, Math.min(delay, firstChangeAt + maxWait - time));
      timer = setTimeout(() => void drain(false), wait);
    },
    flush: () => drain(true),
    isPending: () => dirty || running !== undefined,
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
