/**
 * Runs `start` a second after the caller mounts, when the browser is idle: React Flow shows its nodes a
 * few frames after the first commit, and a chunk loaded meanwhile must not compete with that picture.
 * Returns the cleanup for useEffect.
 */
export function startWhenIdle(start: () => void, delay = 1000): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 2000 });
    else start();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
