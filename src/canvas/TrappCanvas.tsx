import { useCallback, useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type AriaLabelConfig,
  type Node,
  type NodeMouseHandler,
  type ReactFlowProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scene, SceneRef } from '@/scene/primitives';
import type { Language } from '@/model/types';
import { SceneNodeView, type SceneFlowNode } from './SceneNodeView';
import { PageNodeView } from './PageNodeView';
import { HandleNodeView, type HandleFlowNode } from './HandleNodeView';
import { getHandleValue, type EditHandle } from '@/scene/editHandles';
import type { EditField } from '@/scene/editFields';
import { InlineEditorNode, type InlineEditorData } from './InlineEditorNode';
import type { Box } from '@/layout/geometry';
import { ArrangeContext, type ArrangeHandlers } from './arrangeContext';
import { useArrangeDrag } from './useArrangeDrag';
import { SnapLines } from './SnapLines';
import { withDragPreview } from './stableNodes';
import { useSceneNodes } from './useSceneNodes';
import { ConnectorEdge, type ConnectorFlowEdge } from './ConnectorEdge';
import { ConnectorEndNode, SelectedConnectorContext } from './ConnectorEndNode';
import { useConnectors, type ConnectorCallbacks } from './useConnectors';
import { useStableHandlers } from './useStableHandlers';
import { useElementDrop, type CanvasDrop } from './useElementDrop';
import { FIT_VIEW_OPTIONS, FitView } from './FitView';
import { includesRef, toggleRef } from '@/scene/sceneRef';

const nodeTypes = {
  scene: SceneNodeView,
  page: PageNodeView,
  handle: HandleNodeView,
  inline: InlineEditorNode,
  connectorEnd: ConnectorEndNode,
};
const edgeTypes = { connector: ConnectorEdge };

export type CanvasProps = {
  sheets: readonly Scene[];
  /** Changes when the user goes to another page, so the view fits the new page. */
  pageKey: string;
  /** Selected parts and free elements; shift-click and Shift+drag on the empty canvas add to it. */
  selection: readonly SceneRef[];
  onSelect: (selection: readonly SceneRef[]) => void;
  describe: (ref: SceneRef) => string;
  ariaLabel: string;
  /** Each drawn part is the document's text, read in the document's language (the canvas around it speaks the interface's). */
  documentLanguage: Language;
  /** React Flow's own names and descriptions (zoom buttons, minimap, node help) in the interface language. */
  ariaLabels?: Partial<AriaLabelConfig>;
  /** Drag handles to show (on the first sheet), e.g. for the selected chart's values. */
  handles?: CanvasHandles;
  /** Double-click on a drawn text: the point is in page coordinates. */
  onStartEdit: (ref: SceneRef, point: { x: number; y: number }) => void;
  /** The text being edited in place, if any. */
  inline?: InlineEditorData & { field: EditField };
  /** Moving, resizing and the context menu; without it the canvas only selects. */
  arrange?: CanvasArrange;
  /** Drawing connectors between elements and moving their ends; without it connectors are only shown. */
  connectors?: ConnectorCallbacks;
  /** A palette tile or pictures dropped on the canvas; without it the canvas takes no drops. */
  onDrop?: (drop: CanvasDrop) => void;
  /** What the canvas tells the rest of the app on asking: the centre of the view, where a tile chosen by keyboard goes. */
  ref?: Ref<CanvasView>;
  /** Drawn inside the flow, above the page (others' presence on a shared document); it can use React Flow's hooks. */
  overlay?: ReactNode;
};

export type CanvasView = { centre: () => { x: number; y: number } };

export type CanvasHandles = {
  handles: readonly EditHandle[];
  label: (handle: EditHandle) => string;
  /** Called on every pointer move of a drag with the new value; the drag ends with `onDragEnd`. */
  onDrag: (handle: EditHandle, value: number) => void;
  onDragEnd: () => void;
};

export type CanvasArrange = {
  /** Offset keys of the laid-out parts the user moved; they are marked on the canvas. */
  overridden: ReadonlySet<string>;
  canMove: (ref: SceneRef) => boolean;
  canResize: (ref: SceneRef) => boolean;
  onMove: (refs: readonly SceneRef[], dx: number, dy: number) => void;
  onMoveEnd: () => void;
  onResize: (ref: SceneRef, box: Box) => void;
  onResizeEnd: () => void;
  /** Right-click (or the menu key) at a point of the window. */
  onContextMenu: (point: { x: number; y: number }) => void;
  /** The selection with what goes with it (the rest of a group). */
  expand: (refs: readonly SceneRef[]) => SceneRef[];
  overriddenLabel: string;
};

/** React Flow hosts the scene: each scene node becomes a flow node at its page position. */
export function TrappCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({
  sheets,
  pageKey,
  selection,
  onSelect,
  describe,
  ariaLabel,
  documentLanguage,
  ariaLabels,
  handles,
  onStartEdit,
  inline,
  arrange,
  connectors,
  onDrop,
  ref,
  overlay,
}: CanvasProps) {
  const flow = useReactFlow();
  const userMoved = useRef(false);
  const zoomedByUser = useCallback(() => void (userMoved.current = true), []);
  const fittedByUser = useCallback(() => void (userMoved.current = false), []);
  const nodes = useSceneNodes({ sheets, selection, describe, handles, inline, arrange, documentLanguage });
  const drag = useArrangeDrag(flow, nodes, {
    selection,
    onSelect,
    canMove: (ref) => !!arrange?.canMove(ref),
    expand: (refs) => arrange?.expand(refs) ?? [...refs],
    onMove: (refs, dx, dy) => arrange?.onMove(refs, dx, dy),
    onMoveEnd: () => arrange?.onMoveEnd(),
  });
  const connectorFlow = useConnectors(
    sheets[0],
    selection.length === 1 ? selection[0] : undefined,
    describe,
    connectors,
    drag.preview,
    (ref) => onSelect([ref]),
  );
  const shownNodes = useMemo(() => withDragPreview(nodes, drag.preview), [nodes, drag.preview]);
  const allNodes = useMemo(
    () => (connectorFlow.nodes.length ? [...shownNodes, ...connectorFlow.nodes] : shownNodes),
    [shownNodes, connectorFlow.nodes],
  );
  const drop = useElementDrop(onDrop);
  useImperativeHandle(ref, () => ({ centre: drop.centre }), [drop.centre]);
  const overriddenLabel = arrange?.overriddenLabel;
  // Every node reads these through context, so they stay the same object while the document changes.
  const latestArrange = useRef(arrange);
  latestArrange.current = arrange;
  const hasArrange = arrange !== undefined;
  const handlers = useMemo<ArrangeHandlers | undefined>(
    () =>
      hasArrange && overriddenLabel !== undefined
        ? {
            onResize: (ref, box) => latestArrange.current?.onResize(ref, box),
            onResizeEnd: () => latestArrange.current?.onResizeEnd(),
            overriddenLabel,
          }
        : undefined,
    [hasArrange, overriddenLabel],
  );

  // The handle is not moved by React Flow: the pointer's page y becomes a value, the command
  // changes the document, and the handle is drawn again where the new value puts it.
  // Each kind of node has one owner for its drags: connector ends, the scene's parts, the chart's value handles.
  const onNodeDrag = (event: MouseEvent | TouchEvent, node: Node) => {
    if (node.type === 'connectorEnd') connectorFlow.onNodeDrag(node, event);
    else if (node.type === 'scene') drag.handlers.onNodeDrag(event);
    else if (node.type === 'handle' && 'clientX' in event) {
      const handle = (node as HandleFlowNode).data.handle;
      handles?.onDrag(
        handle,
        getHandleValue(handle, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }).y),
      );
    }
  };
  const onNodeDragStop = (event: MouseEvent | TouchEvent, node: Node) => {
    if (node.type === 'connectorEnd') connectorFlow.onNodeDragStop(node, event);
    else if (node.type === 'handle') handles?.onDragEnd();
    else drag.handlers.onNodeDragStop();
  };

  const onNodeClick: NodeMouseHandler = (event, node) => {
    if (node.type !== 'scene') return;
    const ref = (node as SceneFlowNode).data.node.ref;
    // A locked element is not picked by a click (the context menu still reaches it, to unlock it).
    if (ref.kind === 'element' && arrange && !arrange.canMove(ref)) return;
    onSelect(event.shiftKey ? toggleRef(selection, ref) : [ref]);
  };
  const openMenu = (event: React.MouseEvent | MouseEvent, node?: Node) => {
    if (!arrange) return;
    event.preventDefault();
    if (node?.type === 'scene') {
      const ref = (node as SceneFlowNode).data.node.ref;
      if (!includesRef(selection, ref)) onSelect([ref]);
    }
    arrange.onContextMenu({ x: event.clientX, y: event.clientY });
  };

  const events = useStableHandlers<Partial<ReactFlowProps>>({
    onEdgesChange: connectorFlow.onEdgesChange,
    onEdgeClick: (event, edge) => {
      const ref = (edge as ConnectorFlowEdge).data?.node?.ref;
      if (ref) onSelect(event.shiftKey ? toggleRef(selection, ref) : [ref]);
    },
    onEdgeDoubleClick: (event, edge) => {
      const ref = (edge as ConnectorFlowEdge).data?.node?.ref;
      if (ref) onStartEdit(ref, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    ...drop.handlers,
    onNodeClick,
    onNodeDoubleClick: (event, node) => {
      if (node.type !== 'scene') return;
      onStartEdit(
        (node as SceneFlowNode).data.node.ref,
        flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      );
    },
    onNodeDragStart: drag.handlers.onNodeDragStart,
    onNodeDrag,
    onNodeDragStop,
    onPointerDownCapture: drag.handlers.onPointerDownCapture,
    onSelectionStart: drag.handlers.onSelectionStart,
    onSelectionEnd: drag.handlers.onSelectionEnd,
    onNodeContextMenu: openMenu,
    onPaneContextMenu: (event) => openMenu(event),
    onSelectionContextMenu: (event) => openMenu(event),
    onPaneClick: () => onSelect([]),
    // A pan or zoom by the user (a programmatic one has no event) keeps the view when the canvas is resized.
    onMoveStart: (event) => {
      if (event) userMoved.current = true;
    },
  });

  return (
    <ArrangeContext.Provider value={handlers}>
      <SelectedConnectorContext.Provider value={connectorFlow.selectedConnector}>
        <ReactFlow
          nodes={allNodes}
          edges={connectorFlow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          {...events}
          zoomOnDoubleClick={false}
          nodesConnectable={false}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          elevateNodesOnSelect={false}
          minZoom={0.05}
          maxZoom={6}
          proOptions={PRO_OPTIONS}
          aria-label={ariaLabel}
          ariaLabelConfig={ariaLabels}
        >
          <FitView pageKey={pageKey} userMoved={userMoved} />
          <Background gap={24} color="#d5dde3" />
          <MiniMap pannable zoomable style={MINIMAP_STYLE} nodeColor={minimapColour} />
          <Controls showInteractive={false} onZoomIn={zoomedByUser} onZoomOut={zoomedByUser} onFitView={fittedByUser} />
          <SnapLines lines={drag.lines} />
          {overlay}
        </ReactFlow>
      </SelectedConnectorContext.Provider>
    </ArrangeContext.Provider>
  );
}

const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 132, height: 88 };
const minimapColour = (node: Node) => (node.type === 'page' ? '#ffffff' : '#9fb8c4');
