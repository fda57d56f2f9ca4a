import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';

type Point = { x: number; y: number };
/** The MIME type a palette tile's drag carries: the tile's kind, or `icon:<name>` from the icon picker. */
export const PALETTE_MIME = 'application/x-trappa-palette';

/** What was dropped on the canvas, at a point of the first sheet (page units): a palette tile's payload, or pictures from the disk. */
export type CanvasDrop = { payload: string; at: Point } | { images: File[]; at: Point };

/** A picture the canvas takes from the user's disk (other files go on to the window, which opens documents). */
const isImageFile = (file: File) => file.type.startsWith('image/') || /\.(png|jpe?g|svg)$/i.test(file.name);

/**
 * Palette drops, and pictures dropped from the user's disk, on the canvas: the drop's screen point
 * becomes a point on the first sheet (which starts at the flow origin, so flow and page coordinates
 * agree there). `centre` is the middle of the view, where a tile chosen by keyboard goes.
 */
export function useElementDrop(onDrop: ((drop: CanvasDrop) => void) | undefined) {
  const flow = useReactFlow();
  const centre = useCallback((): Point => {
    const pane = document.querySelector('.react-flow__renderer')?.getBoundingClientRect();
    if (!pane) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
  }, [flow]);
  if (!onDrop) return { centre, handlers: {} };
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME) && !event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const images = [...event.dataTransfer.files].filter(isImageFile);
      // Handled: the window's file drop (which opens documents) sees that and only hides its hint.
      if (images.length > 0) return void (event.preventDefault(), onDrop({ images, at }));
      const payload = event.dataTransfer.getData(PALETTE_MIME);
      if (!payload) return;
      event.preventDefault();
      onDrop({ payload, at });
    },
  };
  return { centre, handlers };
}
