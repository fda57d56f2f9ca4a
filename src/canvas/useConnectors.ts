// Connectors on the canvas: each is an edge between two end nodes; a selected element gets a grip
// to drag a new connector from, and a selected connector shows its ends to drag. Dropping an end
// on an element (or a step, band, ...) attaches it there; elsewhere it stays where it was dropped.
import { useMemo, useRef, useState } from 'react';
import { useReactFlow, type EdgeChange, type Node } from '@xyflow/react';
import { isAttachKind } from '@/model/schemaConstants';
import type { Scene, SceneNode, SceneRef } from '@/scene/primitives';
import { getMoveKey, type DragPreview } from './useArrangeDrag';
import type { ConnectorFlowEdge } from './ConnectorEdge';
import { END_SIZE, type ConnectorEndFlowNode } from './ConnectorEndNode';
import { grabNode } from './grabNode';
import { isSameRef } from '@/scene/sceneRef';
import {
  formatConnectorNodeId,
  PREVIEW_EDGE_ID,
  type ConnectorEndName,
  type ConnectorNodeRef,
} from './connectorNodeRef';

type Point = { x: number; y: number };

export type ConnectorCallbacks = {
  /** A new connector dragged from `from` to a point, over `to` when dropped on something it can attach to. */
  onConnect: (from: SceneRef, to: SceneRef | undefined, point: Point) => void;
  /** One end of a connector dragged to a point. */
  onMoveEnd: (elementId: string, end: ConnectorEndName, to: SceneRef | undefined, point: Point) => void;
  gripLabel: string;
  endLabel: (end: ConnectorEndName) => string;
};

const GRIP_ID = formatConnectorNodeId({ kind: 'grip' });
const ANCHOR_ID = formatConnectorNodeId({ kind: 'anchor' });
const sameRef = (a: SceneRef | undefined, b: SceneRef | undefined) => !!a && !!b && isSameRef(a, b);

/** The topmost node under a point that a connector can attach to (not a connector itself). */
function getAttachTarget(sheet: Scene, point: Point, except: (ref: SceneRef) => boolean): SceneRef | undefined {
  for (let i = sheet.nodes.length - 1; i >= 0; i--) {
    const node = sheet.nodes[i];
    if (node.connector || !isAttachKind(node.ref.kind) || except(node.ref)) continue;
    if (point.x >= node.x && point.x <= node.x + node.w && point.y >= node.y && point.y <= node.y + node.h)
      return node.ref;
  }
  return undefined;
}

/** Hidden ends cannot be grabbed (no pointer events), so every end node can stay draggable and unchanged. */
function endNode(ref: ConnectorNodeRef, at: Point, label: string): ConnectorEndFlowNode {
  return {
    ...grabNode(formatConnectorNodeId(ref), 'connectorEnd', at, END_SIZE, { label, ref }, 2500, label),
    width: END_SIZE,
    height: END_SIZE,
  };
}

/** How far a drag in progress carries a part: by the drag's distance if it is among the dragged ones. */
const getCarried = (ref: SceneRef, preview: DragPreview | undefined): Point | undefined =>
  preview?.keys.has(getMoveKey(ref)) ? { x: preview.dx, y: preview.dy } : undefined;

/**
 * How far each end of a connector is carried by a drag in progress: an attached end goes with the
 * part it is attached to, a free end with the connector itself.
 */
function getEndShifts(connector: SceneNode, preview: DragPreview | undefined): { from?: Point; to?: Point } {
  if (!preview || !connector.connector) return {};
  const carried = (ref: SceneRef) => getCarried(ref, preview);
  const { attached } = connector.connector;
  return {
    from: attached.from ? carried(attached.from) : carried(connector.ref),
    to: attached.to ? carried(attached.to) : carried(connector.ref),
  };
}
const shifted = (point: Point, by: Point | undefined) => (by ? { x: point.x + by.x, y: point.y + by.y } : point);

export function useConnectors(
  sheet: Scene | undefined,
  selection: SceneRef | undefined,
  describe: (ref: SceneRef) => string,
  callbacks: ConnectorCallbacks | undefined,
  preview: DragPreview | undefined,
  onSelect?: (ref: SceneRef) => void,
) {
  const [dragging, setDragging] = useState<{ id: string; at: Point } | undefined>();
  // End nodes are reused while unchanged: a new node object makes React Flow measure it again and
  // hide its edge meanwhile, and the second click of a double-click on the edge would miss it.
  const previous = useRef(new Map<string, ConnectorEndFlowNode>());
  const flow = useMemo(() => {
    const nodes: ConnectorEndFlowNode[] = [];
    const edges: ConnectorFlowEdge[] = [];
    if (!sheet || !callbacks) return { nodes, edges };
    const at = (id: string, point: Point) => (dragging?.id === id ? dragging.at : point);
    for (const node of sheet.nodes) {
      // A connector is a free element.
      if (!node.connector || node.ref.kind !== 'element') continue;
      const selected = sameRef(selection, node.ref);
      const shift = getEndShifts(node, preview);
      const fromRef: ConnectorNodeRef = { kind: 'end', elementId: node.ref.id, end: 'from' };
      const toRef: ConnectorNodeRef = { kind: 'end', elementId: node.ref.id, end: 'to' };
      const [from, to] = [formatConnectorNodeId(fromRef), formatConnectorNodeId(toRef)];
      nodes.push(
        endNode(fromRef, at(from, shifted(node.connector.from, shift.from)), callbacks.endLabel('from')),
        endNode(toRef, at(to, shifted(node.connector.to, shift.to)), callbacks.endLabel('to')),
      );
      // Above the laid-out parts, as free elements are drawn in the exports.
      // Not marked selected here: React Flow would move a selected edge to another layer for a frame, and the second
      // click of a double-click would land on what lies under it. ConnectorEdge shows the selection from context.
      const moving =
        shift.from || shift.to ? { from: shift.from ?? { x: 0, y: 0 }, to: shift.to ?? { x: 0, y: 0 } } : undefined;
      edges.push({
        id: node.id,
        type: 'connector',
        source: from,
        target: to,
        data: { node, label: describe(node.ref), moving },
        selectable: true,
        focusable: true,
        ariaLabel: describe(node.ref),
        zIndex: 1000,
      });
      if (selected && dragging && (dragging.id === from || dragging.id === to))
        edges.push({
          id: PREVIEW_EDGE_ID,
          type: 'connector',
          source: dragging.id === from ? to : from,
          target: dragging.id,
          data: { label: '' },
          selectable: false,
        });
    }
    const source = sheet.nodes.find((n) => sameRef(n.ref, selection) && !n.connector && isAttachKind(n.ref.kind));
    if (source) {
      const start = shifted(
        { x: source.x + source.w + END_SIZE, y: source.y + source.h / 2 },
        getCarried(source.ref, preview),
      );
      nodes.push(
        endNode({ kind: 'anchor' }, start, ''),
        endNode({ kind: 'grip' }, at(GRIP_ID, start), callbacks.gripLabel),
      );
      if (dragging?.id === GRIP_ID)
        edges.push({
          id: PREVIEW_EDGE_ID,
          type: 'connector',
          source: ANCHOR_ID,
          target: GRIP_ID,
          data: { label: '' },
          selectable: false,
        });
    }
    // The same id is the same ConnectorNodeRef, so only the place and the label can differ.
    const reused = nodes.map((node) => {
      const old = previous.current.get(node.id);
      const same =
        old &&
        old.position.x === node.position.x &&
        old.position.y === node.position.y &&
        old.data.label === node.data.label;
      return same ? old : node;
    });
    previous.current = new Map(reused.map((node) => [node.id, node]));
    return { nodes: reused, edges };
  }, [sheet, selection, describe, callbacks, dragging, preview]);
  const selectedConnector =
    selection?.kind === 'element' && sheet?.nodes.some((n) => n.connector && n.ref.id === selection.id)
      ? selection.id
      : undefined;

  const reactFlow = useReactFlow();
  // The pointer, not the node: the canvas does not move nodes itself, so a node's position may lag behind.
  const pointOf = (event: MouseEvent | TouchEvent | React.MouseEvent, node: Node): Point =>
    'clientX' in event
      ? reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      : { x: node.position.x + END_SIZE / 2, y: node.position.y + END_SIZE / 2 };
  return {
    ...flow,
    selectedConnector,
    /** Enter or Space on a focused connector selects it (React Flow reports it as a change). */
    onEdgesChange: (changes: EdgeChange[]) => {
      for (const change of changes)
        if (change.type === 'select' && change.selected) {
          const ref = sheet?.nodes.find((n) => n.connector && n.id === change.id)?.ref;
          if (ref) onSelect?.(ref);
        }
    },
    /** A connector end or the grip (a 'connectorEnd' node) follows the pointer while dragged (the canvas does not move nodes by itself). */
    onNodeDrag: (node: Node, event: MouseEvent | TouchEvent | React.MouseEvent) =>
      setDragging({ id: node.id, at: pointOf(event, node) }),
    onNodeDragStop: (node: Node, event: MouseEvent | TouchEvent | React.MouseEvent) => {
      setDragging(undefined);
      if (!sheet || !callbacks) return;
      const point = pointOf(event, node);
      const from = selection;
      // Only 'connectorEnd' nodes come here (TrappCanvas checks the type).
      const end = (node as ConnectorEndFlowNode).data.ref;
      if (end.kind === 'grip')
        return void (
          from &&
          callbacks.onConnect(
            from,
            getAttachTarget(sheet, point, (ref) => sameRef(ref, from)),
            point,
          )
        );
      if (end.kind === 'end')
        callbacks.onMoveEnd(
          end.elementId,
          end.end,
          getAttachTarget(sheet, point, (ref) => ref.kind === 'element' && ref.id === end.elementId),
          point,
        );
    },
  };
}
