import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { SceneNode } from '@/scene/primitives';
import { primitivesToReact } from './primitivesToReact';

export type SceneNodeData = { node: SceneNode; label: string };
export type SceneFlowNode = Node<SceneNodeData, 'scene'>;

/** Draws one scene node's primitives in page coordinates, clipped to nothing. */
export const SceneNodeView = memo(function SceneNodeView({ data, selected }: NodeProps<SceneFlowNode>) {
  const { node } = data;
  return (
    <svg
      className={selected ? 'scene-node selected' : 'scene-node'}
      width={node.w}
      height={node.h}
      viewBox={`${node.x} ${node.y} ${node.w} ${node.h}`}
      overflow="visible"
      role="img"
      aria-label={data.label}
    >
      {primitivesToReact(node.primitives)}
    </svg>
  );
});
