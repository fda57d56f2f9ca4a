import { useEffect, useRef } from 'react';
import type { TrappDocument } from '@/model/types';
import { openPresenterChannel, type PresenterChannel } from './presenterChannel';

/** Keeps any open presenter view in step with the presentation, and lets it move the presentation. */
export function usePresenterSync(doc: TrappDocument, index: number, onGo: (index: number) => void): void {
  const channel = useRef<PresenterChannel | undefined>(undefined);
  const state = useRef({ doc, index, startedAt: Date.now(), onGo });
  state.current = { ...state.current, doc, index, onGo };
  useEffect(() => {
    const post = () =>
      channel.current?.post({
        type: 'state',
        document: state.current.doc,
        index: state.current.index,
        startedAt: state.current.startedAt,
      });
    channel.current = openPresenterChannel((message) => {
      if (message.type === 'hello') post();
      else if (message.type === 'go') state.current.onGo(message.index);
    });
    return () => {
      channel.current?.post({ type: 'ended' });
      channel.current?.close();
      channel.current = undefined;
    };
  }, []);
  useEffect(() => {
    channel.current?.post({ type: 'state', document: doc, index, startedAt: state.current.startedAt });
  }, [doc, index]);
}
