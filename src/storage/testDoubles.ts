// Stand-ins for the browser's Web Locks and BroadcastChannel, for tests of two tabs in one process.
import type { LockManagerLike } from './documentLock';
import type { TabChannel, TabMessage } from './tabChannel';

/** Exclusive locks by name with `ifAvailable` and a queue, like `navigator.locks`. */
export function createFakeLocks(): LockManagerLike {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const grant = (name: string, callback: (lock: unknown) => Promise<void> | undefined): Promise<void> => {
    held.add(name);
    return Promise.resolve(callback({ name })).finally(() => {
      held.delete(name);
      waiting.get(name)?.shift()?.();
    });
  };
  return {
    request(name, { ifAvailable }, callback) {
      if (!held.has(name)) return grant(name, callback);
      if (ifAvailable) return Promise.resolve(callback(null));
      return new Promise<void>((resolve) => {
        const queue = waiting.get(name) ?? [];
        queue.push(() => void grant(name, callback).then(resolve));
        waiting.set(name, queue);
      });
    },
  };
}

/** Channels that deliver each message to every other channel of the same bus, asynchronously. */
export function createFakeBus(): () => TabChannel {
  const channels = new Set<{ deliver: (message: TabMessage) => void }>();
  return () => {
    const listeners = new Set<(message: TabMessage) => void>();
    const self = { deliver: (message: TabMessage) => listeners.forEach((listener) => listener(message)) };
    channels.add(self);
    return {
      post: (message) =>
        channels.forEach((channel) => channel !== self && setTimeout(() => channel.deliver(message), 0)),
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => channels.delete(self),
    };
  };
}
