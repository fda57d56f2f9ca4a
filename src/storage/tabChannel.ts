/** What tabs of Trappa tell each other about a document. */
export type TabMessage =
  /** The editing tab saved: read-only tabs show the new version. */
  | { type: 'saved'; documentId: string }
  /** Another tab asks to edit: the editing tab saves, becomes read-only and lets go of the lock. */
  | { type: 'takeOver'; documentId: string };

export type TabChannel = {
  post: (message: TabMessage) => void;
  listen: (listener: (message: TabMessage) => void) => () => void;
  close: () => void;
};

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  ['saved', 'takeOver'].includes((data as TabMessage).type) &&
  typeof (data as TabMessage).documentId === 'string';

/** A BroadcastChannel between the tabs of this origin; undefined where there is none. */
export function createTabChannel(name = 'trappa'): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
