import { useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Scene, SceneRef } from '@/scene/primitives';
import { SceneNodeView, type SceneFlowNode } from './SceneNodeView';
import { PageNodeView, type PageFlowNode } from './PageNodeView';

const nodeTypes = { scene: SceneNodeView, page: PageNodeView };
const selectable = new Set<SceneRef['kind']>(['step', 'band', 'header', 'axis', 'callout', 'footer']);

export type CanvasProps = {
  scene: Scene;
  selection: SceneRef | undefined;
  onSelect: (ref: SceneRef | undefined) => void;
  describe: (ref: SceneRef) => string;
  ariaLabel: string;
};

/** React Flow hosts the scene: each scene node becomes a flow node at its page position. */
export function TrappCanvas({ scene, selection, onSelect, describe, ariaLabel }: CanvasProps) {
  const nodes = useMemo<(SceneFlowNode | PageFlowNode)[]>(() => {
    const page: PageFlowNode = {
      id: 'page',
      type: 'page',
      position: { x: 0, y: 0 },
      data: { width: scene.width, height: scene.height, background: scene.background },
      selectable: false,
      draggable: false,
      focusable: false,
      zIndex: -1,
      width: scene.width,
      height: scene.height,
    };
    const content = scene.nodes.map<SceneFlowNode>((node) => ({
      id: node.id,
      type: 'scene',
      position: { x: node.x, y: node.y },
      data: { node, label: describe(node.ref) },
      selectable: selectable.has(node.ref.kind),
      selected: selection !== undefined && selection.kind === node.ref.kind && selection.id === node.ref.id,
      draggable: false,
      width: node.w,
      height: node.h,
      ariaLabel: describe(node.ref),
    }));
    return [page, ...content];
  }, [scene, selection, describe]);

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
      minZoom={0.1}
      maxZoom={6}
      proOptions={{ hideAttribution: true }}
      aria-label={ariaLabel}
    >
      <Background gap={24} color="#d5dde3" />
      <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={(n) => (n.type === 'page' ? '#ffffff' : '#9fb8c4')} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
