// A per-connection token bucket: `rate` messages a second on average, bursts up to `burst`.
// Typing sends one message a key (plus awareness); a client far beyond that is flooding.
export type FloodLimit = { take(now?: number): boolean };

export function createFloodLimit(rate: number, burst: number): FloodLimit {
  let tokens = burst;
  let last = Date.now();
  return {
    take(now = Date.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * rate);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
