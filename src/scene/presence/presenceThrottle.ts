// Pointer moves come at the screen's rate (60+ a second); each one sent is a message to every
// other person. A throttle sends at most one per interval, and always the last one, so a pointer
// that stops is shown where it stopped.

export type Clock = {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** 20 updates a second: smooth enough to follow a pointer, a few hundred bytes a second. */
export const POINTER_INTERVAL_MS = 50;

export type Throttled<T> = { push(value: T): void; /** Sends what waits now. */ flush(): void; cancel(): void };

export function createThrottle<T>(
  send: (value: T) => void,
  intervalMs = POINTER_INTERVAL_MS,
  clock: Clock = realClock,
): Throttled<T> {
  let lastSent = -Infinity;
  let pending: { value: T } | undefined;
  let timer: unknown;
  const fire = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    lastSent = clock.now();
    send(value);
  };
  return {
    push(value) {
      pending = { value };
      const wait = lastSent + intervalMs - clock.now();
      if (wait <= 0) {
        if (timer !== undefined) clock.clearTimeout(timer);
        fire();
      } else if (timer === undefined) {
        timer = clock.setTimeout(fire, wait);
      }
    },
    flush() {
      if (timer !== undefined) clock.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
