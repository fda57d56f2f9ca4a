import { createContext, useContext, useEffect, useState } from 'react';
import type { SceneRef } from '@/scene/primitives';
import type { Box } from '@/layout/geometry';
import { listenToWindow } from './listenToWindow';

/** What a node on the canvas may call while the user arranges; given once by the canvas so node data stays stable. */
export type ArrangeHandlers = {
  onResize: (ref: SceneRef, box: Box) => void;
  onResizeEnd: () => void;
  overriddenLabel: string;
};

export const ArrangeContext = createContext<ArrangeHandlers | undefined>(undefined);
export const useArrangeHandlers = () => useContext(ArrangeContext);

/** Whether Shift is held down now. */
export function useShiftKey(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => setDown(e.shiftKey);
    const onBlur = () => setDown(false);
    return listenToWindow({ keydown: onKey, keyup: onKey, blur: onBlur });
  }, []);
  return down;
}
