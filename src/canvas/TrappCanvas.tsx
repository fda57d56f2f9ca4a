import { useEffect, useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type AriaLabelConfig, type Node, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scene, SceneRef } from '@/scene/primitives';
import { SceneNodeView, type SceneFlowNode } from './SceneNodeView';
import { PageNodeView, type PageFlowNode } from './PageNodeView';
import { HANDLE_SIZE, HandleNodeView, type HandleFlowNode } from './HandleNodeView';
import { getHandleValue, type EditHandle } from '@/scene/editHandles';
import type { EditField } from '@/scene/editFields';
import { InlineEditorNode, type InlineEditorData, type InlineEditorFlowNode } from './InlineEditorNode';

const nodeTypes = { scene: SceneNodeView, page: PageNodeView, handle: HandleNodeView, inline: InlineEditorNode };
const unselectable = new Set<SceneRef['kind']>(['page']);
/** Space between the sheets of a page that continues on more sheets. */
const SHEET_GAP = 40;

export type CanvasProps = {
  sheets: readonly Scene[];
  /** Changes when the user goes to another page, so the view fits the new page. */
  pageKey: string;
  selection: SceneRef | undefined;
  onSelect: (ref: SceneRef | undefined) => void;
  describe: (ref: SceneRef) => string;
  ariaLabel: string;
  /** React Flow's own names and descriptions (zoom buttons, minimap, node help) in the interface language. */
  ariaLabels?: Partial<AriaLabelConfig>;
  /** Drag handles to show (on the first sheet), e.g. for the selected chart's values. */
  handles: readonly EditHandle[];
  handleLabel: (handle: EditHandle) => string;
  /** Called on every pointer move of a drag with the new value; the drag ends with `onHandleDragEnd`. */
  onHandleDrag: (handle: EditHandle, value: number) => void;
  onHandleDragEnd: () => void;
  /** Double-click on a drawn text: the point is in page coordinates. */
  onStartEdit: (ref: SceneRef, point: { x: number; y: number }) => void;
  /** The text being edited in place, if any. */
  inline?: InlineEditorData & { field: EditField };
};

/** React Flow hosts the scene: each scene node becomes a flow node at its page position. */
export function TrappCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ sheets, pageKey, selection, onSelect, describe, ariaLabel, ariaLabels, handles, handleLabel, onHandleDrag, onHandleDragEnd, onStartEdit, inline }: CanvasProps) {
  const flow = useReactFlow();
  const nodes = useMemo(() => {
    const all: (SceneFlowNode | PageFlowNode | HandleFlowNode | InlineEditorFlowNode)[] = [];
    let offset = 0;
    sheets.forEach((scene, sheet) => {
      all.push({
        id: `sheet:${sheet}`,
        type: 'page',
        position: { x: 0, y: offset },
        data: { width: scene.width, height: scene.height, background: scene.background },
        selectable: false,
        draggable: false,
        focusable: false,
        zIndex: -1,
        width: scene.width,
        height: scene.height,
      });
      for (const node of scene.nodes) {
        all.push({
          id: node.id,
          type: 'scene',
          position: { x: node.x, y: node.y + offset },
          data: { node, label: describe(node.ref) },
          selectable: !unselectable.has(node.ref.kind),
          selected: selection !== undefined && selection.kind === node.ref.kind && selection.id === node.ref.id,
          draggable: false,
          width: node.w,
          height: node.h,
          ariaLabel: describe(node.ref),
        });
      }
      offset += scene.height + SHEET_GAP;
    });
    for (const handle of handles) {
      all.push({
        id: `handle:${handle.id}`,
        type: 'handle',
        position: { x: handle.x - HANDLE_SIZE / 2, y: handle.y - HANDLE_SIZE / 2 },
        data: { handle, label: handleLabel(handle) },
        draggable: true,
        selectable: false,
        zIndex: 2000,
        width: HANDLE_SIZE,
        height: HANDLE_SIZE,
        ariaLabel: handleLabel(handle),
      });
    }
    if (inline) {
      const { box } = inline.field;
      const width = Math.max(box.w + 8, 90);
      const height = Math.max(box.h + 6, inline.size * 1.6);
      all.push({ id: 'inline-editor', type: 'inline', position: { x: box.x - 4, y: box.y - 3 }, data: inline, width, height, style: { width, height }, draggable: false, selectable: false, zIndex: 3000 });
    }
    return all;
  }, [sheets, selection, describe, handles, handleLabel, inline]);

  // The handle is not moved by React Flow: the pointer's page y becomes a value, the command
  // changes the document, and the handle is drawn again where the new value puts it.
  const onNodeDrag = (event: MouseEvent | TouchEvent, node: Node) => {
    if (!('clientX' in event)) return;
    if (node.type !== 'handle') return;
    const handle = (node as HandleFlowNode).data.handle;
    onHandleDrag(handle, getHandleValue(handle, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }).y));
  };

  const onNodeClick: NodeMouseHandler = (_, node) => {
    if (node.type === 'scene') onSelect((node as SceneFlowNode).data.node.ref);
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={[]}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
      onNodeDoubleClick={(event, node) => {
        if (node.type !== 'scene') return;
        onStartEdit((node as SceneFlowNode).data.node.ref, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      }}
      zoomOnDoubleClick={false}
      onNodeDrag={onNodeDrag}
      onNodeDragStop={(_, node) => node.type === 'handle' && onHandleDragEnd()}
      onPaneClick={() => onSelect(undefined)}
      nodesConnectable={false}
      fitView
      fitViewOptions={{ padding: 0.06 }}
      elevateNodesOnSelect={false}
      minZoom={0.05}
      maxZoom={6}
      proOptions={{ hideAttribution: true }}
      aria-label={ariaLabel}
      ariaLabelConfig={ariaLabels}
    >
      <FitOnPageChange pageKey={pageKey} />
      <Background gap={24} color="#d5dde3" />
      <MiniMap pannable zoomable nodeColor={(n) => (n.type === 'page' ? '#ffffff' : '#9fb8c4')} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

function FitOnPageChange({ pageKey }: { pageKey: string }) {
  const flow = useReactFlow();
  useEffect(() => {
    const frame = requestAnimationFrame(() => flow.fitView({ padding: 0.06 }));
    return () => cancelAnimationFrame(frame);
  }, [pageKey, flow]);
  return null;
}
