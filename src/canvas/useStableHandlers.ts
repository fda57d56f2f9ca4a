import { useMemo, useRef } from 'react';

type AnyFunction = (...args: never[]) => unknown;

/**
 * The same functions at every render, each calling the latest render's handler. React Flow copies
 * some handlers into its store (every copy runs all the store's subscribers) and hands others to
 * every node: new functions at each render made all nodes draw again at every pointer move.
 * Only the handlers given (not undefined) are wrapped, so what React Flow sees present stays so.
 */
export function useStableHandlers<T extends object>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  const names = Object.entries(handlers)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);
  const key = names.join();
  return useMemo(() => {
    const call =
      (name: string) =>
      (...args: never[]) =>
        (latest.current as Record<string, AnyFunction | undefined>)[name]?.(...args);
    return Object.fromEntries(
      key
        .split(',')
        .filter(Boolean)
        .map((name) => [name, call(name)]),
    ) as T;
  }, [key]);
}
