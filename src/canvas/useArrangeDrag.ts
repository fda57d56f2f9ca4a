import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Node, ReactFlowInstance } from '@xyflow/react';
import type { SceneRef } from '@/scene/primitives';
import { getOffsetKey } from '@/scene/offsets';
import { unionBox, type Box } from '@/layout/geometry';
import { snapBox, type SnapLine } from './snap';
import type { SceneFlowNode } from './SceneNodeView';
import { formatRef, includesRef, uniqueRefs } from '@/scene/sceneRef';
import { round } from '@/model/round';

/** Snap when an edge comes this close, in screen pixels (so it feels the same at every zoom). */
const SNAP_PIXELS = 6;
/** Grid of page units that a dragged part's corner falls onto when no other part is near. */
const GRID = 5;

export type DragCallbacks = {
  selection: readonly SceneRef[];
  onSelect: (selection: readonly SceneRef[]) => void;
  canMove: (ref: SceneRef) => boolean;
  expand: (refs: readonly SceneRef[]) => SceneRef[];
  /** A finished drag, by (dx, dy) in page units; `onMoveEnd` closes the gesture. */
  onMove: (refs: readonly SceneRef[], dx: number, dy: number) => void;
  onMoveEnd: () => void;
};

/** The parts being dragged (by `${kind}:${id}`) and how far, drawn moved before the document changes. */
export type DragPreview = { keys: ReadonlySet<string>; dx: number; dy: number };
/** What moves together: a track or chart as a whole (its offset key), else the part or element itself. */
export const getMoveKey = (ref: SceneRef) => getOffsetKey(ref) ?? formatRef(ref);
/** A mouse event, React's or the browser's; touch drags carry no client point and are not arranged. */
type Pointer = { clientX: number; clientY: number; shiftKey: boolean; altKey: boolean };
const pointerOf = (event: MouseEvent | TouchEvent | React.MouseEvent): Pointer | undefined =>
  'clientX' in event ? event : undefined;
const isScene = (node: Node): node is SceneFlowNode => node.type === 'scene';
const boxOf = (node: Node): Box => ({
  x: node.position.x,
  y: node.position.y,
  w: node.width ?? 0,
  h: node.height ?? 0,
});

/**
 * Dragging the selection (laid-out parts and free elements) with snapping, and Shift+drag on the
 * empty canvas to select what lies inside the frame. React Flow reports the pointer; while the
 * pointer moves only the dragged nodes are shifted on screen (`preview`), and the drop is one
 * command, so the panels and the layout are not redone at every pointer move.
 */
export function useArrangeDrag(flow: ReactFlowInstance, nodes: readonly Node[], callbacks: DragCallbacks) {
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const [lines, setLines] = useState<SnapLine[]>([]);
  const [preview, setPreview] = useState<DragPreview | undefined>();
  const drag = useRef<
    | {
        refs: SceneRef[];
        keys: ReadonlySet<string>;
        start: { x: number; y: number };
        bounds: Box;
        others: Box[];
        applied: { x: number; y: number };
      }
    | undefined
  >(undefined);
  const marquee = useRef<{ x: number; y: number } | undefined>(undefined);
  const shown = useFramePreview(setPreview, setLines);
  const toFlow = (event: { clientX: number; clientY: number }) =>
    flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });

  const onNodeDragStart = (dragEvent: MouseEvent | TouchEvent | React.MouseEvent, node: Node) => {
    const event = pointerOf(dragEvent);
    if (!event || !isScene(node)) return;
    const { selection, onSelect, canMove, expand } = latest.current;
    const ref = node.data.node.ref;
    let chosen = selection;
    if (!includesRef(selection, ref)) {
      chosen = expand(event.shiftKey ? [...selection, ref] : [ref]);
      onSelect(chosen);
    }
    const refs = chosen.filter(canMove);
    const keys = new Set(refs.map(getMoveKey));
    const moving = nodes.filter((n) => isScene(n) && keys.has(getMoveKey(n.data.node.ref)));
    if (moving.length === 0) return;
    const others = nodes.filter((n) => n.type === 'page' || (isScene(n) && !keys.has(getMoveKey(n.data.node.ref))));
    drag.current = {
      refs,
      keys,
      start: toFlow(event),
      bounds: unionBox(moving.map(boxOf)),
      others: others.map(boxOf),
      applied: { x: 0, y: 0 },
    };
  };

  const onNodeDrag = (dragEvent: MouseEvent | TouchEvent | React.MouseEvent) => {
    const current = drag.current;
    const event = pointerOf(dragEvent);
    if (!current || !event) return;
    const pointer = toFlow(event);
    const total = { x: pointer.x - current.start.x, y: pointer.y - current.start.y };
    const moved = { ...current.bounds, x: current.bounds.x + total.x, y: current.bounds.y + total.y };
    const snap = event.altKey
      ? { dx: 0, dy: 0, lines: [] }
      : snapBox(moved, current.others, { threshold: SNAP_PIXELS / flow.getZoom(), grid: GRID });
    // Hundredths of a page unit: finer than the eye sees, and the saved file keeps short numbers.
    const next = { x: round(total.x + snap.dx), y: round(total.y + snap.dy) };
    if (next.x === current.applied.x && next.y === current.applied.y) return;
    current.applied = next;
    shown.show({ keys: current.keys, dx: next.x, dy: next.y }, snap.lines);
  };

  /** The drag becomes one command when it ends; until then only the dragged nodes are moved on screen. */
  const onNodeDragStop = () => {
    const current = drag.current;
    drag.current = undefined;
    if (current && (current.applied.x !== 0 || current.applied.y !== 0))
      latest.current.onMove(current.refs, current.applied.x, current.applied.y);
    if (current) latest.current.onMoveEnd();
    shown.clear();
  };

  // React Flow starts the frame only once the pointer has moved a little, and reports that later
  // point; the frame really starts where the button went down.
  const pointerDown = useRef<{ clientX: number; clientY: number } | undefined>(undefined);
  const onPointerDownCapture = (event: React.PointerEvent) => {
    pointerDown.current = { clientX: event.clientX, clientY: event.clientY };
  };
  const onSelectionStart = (event: React.MouseEvent) => {
    marquee.current = toFlow(pointerDown.current ?? event);
  };

  /** The parts wholly inside the frame join the selection. */
  const onSelectionEnd = (event: React.MouseEvent) => {
    const start = marquee.current;
    marquee.current = undefined;
    if (!start) return;
    const end = toFlow(event);
    const frame = {
      x: Math.min(start.x, end.x),
      y: Math.min(start.y, end.y),
      w: Math.abs(end.x - start.x),
      h: Math.abs(end.y - start.y),
    };
    if (frame.w < 2 && frame.h < 2) return;
    const { selection, onSelect, canMove } = latest.current;
    const inside = nodes
      .filter((n) => isScene(n) && n.selectable !== false && isInside(boxOf(n), frame))
      .map((n) => (n as SceneFlowNode).data.node.ref)
      .filter((ref) => ref.kind !== 'element' || canMove(ref));
    const added = uniqueRefs(inside).filter((ref) => !includesRef(selection, ref));
    if (added.length > 0) onSelect([...selection, ...added]);
  };

  return {
    lines,
    preview,
    handlers: { onNodeDragStart, onNodeDrag, onNodeDragStop, onSelectionStart, onSelectionEnd, onPointerDownCapture },
  };
}

/**
 * The dragged parts' preview, drawn once per frame. The pointer can move several times between two
 * frames, and a render for each move would be thrown away but one; the frame's own callback draws
 * the last move (flushSync), so it is on screen in that frame rather than the next.
 */
function useFramePreview(
  setPreview: (preview: DragPreview | undefined) => void,
  setLines: (update: (old: SnapLine[]) => SnapLine[]) => void,
) {
  const pending = useRef<{ preview: DragPreview; lines: SnapLine[] } | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);
  const cancel = () => {
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = undefined;
  };
  useEffect(() => cancel, []);
  const draw = () => {
    frame.current = undefined;
    const next = pending.current;
    if (!next) return;
    flushSync(() => {
      setPreview(next.preview);
      setLines((old) => (old.length === 0 && next.lines.length === 0 ? old : next.lines));
    });
  };
  return {
    show: (preview: DragPreview, lines: SnapLine[]) => {
      pending.current = { preview, lines };
      frame.current ??= requestAnimationFrame(draw);
    },
    clear: () => {
      cancel();
      pending.current = undefined;
      setPreview(undefined);
      setLines(() => []);
    },
  };
}

const isInside = (box: Box, frame: Box) =>
  box.x >= frame.x && box.y >= frame.y && box.x + box.w <= frame.x + frame.w && box.y + box.h <= frame.y + frame.h;
