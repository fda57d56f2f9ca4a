import { useEffect, type DragEvent, type MutableRefObject } from 'react';
import { useReactFlow } from '@xyflow/react';

type Point = { x: number; y: number };
/** The MIME type a palette tile's drag carries: the tile's kind, or `icon:<name>` from the icon picker. */
export const PALETTE_MIME = 'application/x-trappa-palette';

/** What the canvas and the palette tell each other: where the visible page's centre is, and what was dropped where (page units). */
export type PaletteBridge = { centre?: () => Point; drop?: (payload: string, at: Point) => void; dropImages?: (files: File[], at: Point) => void };

/** A picture the canvas takes from the user's disk (other files go on to the window, which opens documents). */
const isImageFile = (file: File) => file.type.startsWith('image/') || /\.(png|jpe?g|svg)$/i.test(file.name);

/**
 * Palette drops, and pictures dropped from the user's disk, on the canvas: the drop's screen point
 * becomes a point on the first sheet (which starts at the flow origin, so flow and page coordinates
 * agree there).
 */
export function useElementDrop(bridge: MutableRefObject<PaletteBridge> | undefined) {
  const flow = useReactFlow();
  useEffect(() => {
    if (!bridge) return;
    bridge.current.centre = () => {
      const pane = document.querySelector('.react-flow__renderer')?.getBoundingClientRect();
      if (!pane) return { x: 0, y: 0 };
      return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
    };
  }, [bridge, flow]);
  if (!bridge) return {};
  return {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME) && !event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      const images = [...event.dataTransfer.files].filter(isImageFile);
      if (images.length > 0) {
        // Handled: the window's file drop (which opens documents) sees that and only hides its hint.
        event.preventDefault();
        bridge.current.dropImages?.(images, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        return;
      }
      const payload = event.dataTransfer.getData(PALETTE_MIME);
      if (!payload) return;
      event.preventDefault();
      bridge.current.drop?.(payload, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
  };
}
