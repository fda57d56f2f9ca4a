import { useEffect, useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scene, SceneRef } from '@/scene/primitives';
import { SceneNodeView, type SceneFlowNode } from './SceneNodeView';
import { PageNodeView, type PageFlowNode } from './PageNodeView';

const nodeTypes = { scene: SceneNodeView, page: PageNodeView };
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
};

/** React Flow hosts the scene: each scene node becomes a flow node at its page position. */
export function TrappCanvas({ sheets, pageKey, selection, onSelect, describe, ariaLabel }: CanvasProps) {
  const nodes = useMemo(() => {
    const all: (SceneFlowNode | PageFlowNode)[] = [];
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
    return all;
  }, [sheets, selection, describe]);

  const onNodeClick: NodeMouseHandler = (_, node) => {
    if (node.type === 'scene') onSelect((node as SceneFlowNode).data.node.ref);
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={[]}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
      onPaneClick={() => onSelect(undefined)}
      nodesDraggable={false}
      nodesConnectable={false}
      fitView
      fitViewOptions={{ padding: 0.06 }}
      minZoom={0.05}
      maxZoom={6}
      proOptions={{ hideAttribution: true }}
      aria-label={ariaLabel}
    >
      <FitOnPageChange pageKey={pageKey} />
      <Background gap={24} color="#d5dde3" />
      <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={(n) => (n.type === 'page' ? '#ffffff' : '#9fb8c4')} />
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
