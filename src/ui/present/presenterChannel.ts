// The presentation and its presenter view (a second window of the same app, at #presenter)
// talk over a BroadcastChannel: the presentation sends its state, the presenter view moves it.
import type { TrappDocument } from '@/model/types';

export const PRESENTER_HASH = '#presenter';
const CHANNEL = 'trappa-presenter';

export type PresenterMessage =
  | { type: 'state'; document: TrappDocument; index: number; startedAt: number }
  | { type: 'ended' }
  /** From the presenter view: asks for the state when it opens. */
  | { type: 'hello' }
  | { type: 'go'; index: number };

export type PresenterChannel = { post: (message: PresenterMessage) => void; close: () => void };

/** A channel that does nothing where BroadcastChannel is missing: the presentation still works. */
export function openPresenterChannel(onMessage: (message: PresenterMessage) => void): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

export function isPresenterWindow(): boolean {
  return typeof location !== 'undefined' && location.hash === PRESENTER_HASH;
}

/** Opens the presenter view; false when the browser blocked the window. */
export function openPresenterWindow(): boolean {
  const url = `${location.pathname}${location.search}${PRESENTER_HASH}`;
  return window.open(url, 'trappa-presenter', 'popup,width=1200,height=760') !== null;
}
