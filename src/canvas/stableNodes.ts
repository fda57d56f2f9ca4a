import type { Node } from '@xyflow/react';
import type { SceneFlowNode } from './SceneNodeView';
import { getMoveKey, type DragPreview } from './useArrangeDrag';

/**
 * A node's size as React Flow would measure it, and that it has no connection handles. React Flow
 * then neither watches the node's element for size changes nor measures it again when a new node
 * object replaces it: at every pointer move of a drag and every key typed in place that cost a
 * forced layout and a second render.
 */
export const knownSize = (width: number, height: number) => ({
  width,
  height,
  measured: { width, height },
  handles: [],
});

/** Plain data (numbers, strings, and arrays and objects of them) alike in every part. */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((value, i) => equalData(value, b[i]));
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => equalData((a as Record<string, unknown>)[key], other[key]))
  );
}

// The scene is built anew at every edit; a node drawn the same is compared by content, so only the
// nodes an edit really changed are drawn again (typing in one title redraws that step, not the page).
const sameData = (a: SceneFlowNode['data'], b: SceneFlowNode['data']) =>
  a.label === b.label && a.overridden === b.overridden && a.resizable === b.resizable && equalData(a.node, b.node);

/**
 * The previous flow node when nothing about it changed, else the next one with the previous data
 * object if only the data is the same. React Flow and the memoised node view then skip the node.
 */
export function reuseNode(previous: SceneFlowNode | undefined, next: SceneFlowNode): SceneFlowNode {
  if (!previous) return next;
  const data = sameData(previous.data, next.data) ? previous.data : next.data;
  const same =
    data === previous.data &&
    previous.position.x === next.position.x &&
    previous.position.y === next.position.y &&
    previous.selected === next.selected &&
    previous.draggable === next.draggable &&
    previous.selectable === next.selectable &&
    previous.width === next.width &&
    previous.height === next.height &&
    previous.ariaLabel === next.ariaLabel &&
    previous.domAttributes?.lang === next.domAttributes?.lang;
  return same ? previous : { ...next, data };
}

/** The nodes with the ones being dragged shifted by the drag so far; the others are the same objects. */
export function withDragPreview<N extends Node>(nodes: N[], preview: DragPreview | undefined): N[] {
  if (!preview) return nodes;
  return nodes.map((node) => {
    const ref = node.type === 'scene' ? (node as unknown as SceneFlowNode).data.node.ref : undefined;
    if (!ref || !preview.keys.has(getMoveKey(ref))) return node;
    // Its own compositor layer while it moves, so a pointer move repaints nothing else.
    return {
      ...node,
      position: { x: node.position.x + preview.dx, y: node.position.y + preview.dy },
      style: { ...node.style, willChange: 'transform' },
    };
  });
}
