import { memo } from 'react';
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import type { SceneNode } from '@/scene/primitives';
import { primitivesToReact } from './primitivesToReact';
import { useArrangeHandlers, useShiftKey, type ArrangeHandlers } from './arrangeContext';

/** `overridden`: a laid-out part the user moved away from its automatic place. `resizable`: a free element with a box. */
export type SceneNodeData = { node: SceneNode; label: string; overridden?: boolean; resizable?: boolean };
export type SceneFlowNode = Node<SceneNodeData, 'scene'>;

/** Draws one scene node's primitives in page coordinates, clipped to nothing. */
export const SceneNodeView = memo(function SceneNodeView({ data, selected }: NodeProps<SceneFlowNode>) {
  const { node } = data;
  const arrange = useArrangeHandlers();
  // nokey: Shift+click on a part adds it to the selection instead of starting a selection frame.
  const className = ['scene-node', 'nokey', selected && 'selected', data.overridden && 'overridden']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {data.resizable && selected && arrange && <ElementResizer node={node} arrange={arrange} />}
      <svg
        className={className}
        width={node.w}
        height={node.h}
        viewBox={`${node.x} ${node.y} ${node.w} ${node.h}`}
        overflow="visible"
        role="img"
        aria-label={data.label}
      >
        {primitivesToReact(node.primitives)}
      </svg>
      {data.overridden && arrange && (
        <span
          className="overridden-marker"
          title={arrange.overriddenLabel}
          aria-label={arrange.overriddenLabel}
          role="img"
        >
          ↔
        </span>
      )}
    </>
  );
});

/** Handles on a selected free element; with Shift held the width-to-height ratio stays. */
function ElementResizer({ node, arrange }: { node: SceneNode; arrange: ArrangeHandlers }) {
  const shift = useShiftKey();
  return (
    <NodeResizer
      minWidth={4}
      minHeight={4}
      keepAspectRatio={shift}
      // nokey: with Shift held React Flow would otherwise start a selection frame.
      handleClassName="resize-handle nokey"
      lineClassName="nokey"
      onResize={(_, p) => arrange.onResize(node.ref, { x: p.x, y: p.y, w: p.width, h: p.height })}
      onResizeEnd={arrange.onResizeEnd}
    />
  );
}
