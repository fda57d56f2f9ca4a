import { useEffect, type MutableRefObject } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

/** Room around the fitted page for what floats over the canvas: the palette above, the page strip and minimap below. */
const FIT_PADDING = { top: '78px', bottom: '104px', left: '24px', right: '24px' } as const;
// A constant: a new object at each render would be copied into React Flow's store again.
export const FIT_VIEW_OPTIONS = { padding: FIT_PADDING };

/**
 * Fits the page in the view when another page is shown, and again when the canvas changes size (a
 * side panel opens or closes, the window is resized) unless the user has panned or zoomed since.
 */
export function FitView({ pageKey, userMoved }: { pageKey: string; userMoved: MutableRefObject<boolean> }) {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    userMoved.current = false;
  }, [pageKey, userMoved]);
  useEffect(() => {
    if (userMoved.current) return;
    const frame = requestAnimationFrame(() => flow.fitView(FIT_VIEW_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [pageKey, width, height, flow, userMoved]);
  return null;
}
