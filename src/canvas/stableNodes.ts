import type { Node } from '@xyflow/react';
import type { SceneFlowNode } from './SceneNodeView';
import { getMoveKey, type DragPreview } from './useArrangeDrag';

const sameData = (a: SceneFlowNode['data'], b: SceneFlowNode['data']) => a.node === b.node && a.label === b.label && a.overridden === b.overridden && a.resizable === b.resizable;

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
    previous.ariaLabel === next.ariaLabel;
  return same ? previous : { ...next, data };
}

/** The nodes with the ones being dragged shifted by the drag so far; the others are the same objects. */
export function withDragPreview<N extends Node>(nodes: N[], preview: DragPreview | undefined): N[] {
  if (!preview) return nodes;
  return nodes.map((node) => {
    const ref = node.type === 'scene' ? (node as unknown as SceneFlowNode).data.node.ref : undefined;
    if (!ref || !preview.keys.has(getMoveKey(ref))) return node;
    // Its own compositor layer while it moves, so a pointer move repaints nothing else.
    return { ...node, position: { x: node.position.x + preview.dx, y: node.position.y + preview.dy }, style: { ...node.style, willChange: 'transform' } };
  });
}
