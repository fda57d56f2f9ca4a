import { useContext } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { SceneNode } from '@/scene/primitives';
import { primitivesToReact } from './primitivesToReact';
import { SelectedConnectorContext } from './ConnectorEndNode';

/** `node`: the connector's scene node, drawn as the exports draw it; without it, a straight preview while dragging. */
export type ConnectorEdgeData = { node?: SceneNode; label: string };
export type ConnectorFlowEdge = Edge<ConnectorEdgeData, 'connector'>;

/**
 * A connector on the canvas: React Flow hosts it as an edge between its two end nodes, but the
 * drawing is the scene's (route, heads, label), so the canvas and every export agree.
 */
export function ConnectorEdge({ data, sourceX, sourceY, targetX, targetY }: EdgeProps<ConnectorFlowEdge>) {
  const route = data?.node?.connector;
  const selected = useContext(SelectedConnectorContext) === data?.node?.ref.id;
  if (!data?.node || !route) return <BaseEdge path={`M${sourceX} ${sourceY}L${targetX} ${targetY}`} className="connector-preview" />;
  return (
    <g className={selected ? 'connector selected' : 'connector'} role="img" aria-label={data.label}>
      {selected && <path d={route.d} className="connector-halo" fill="none" />}
      {primitivesToReact(data.node.primitives)}
      {/* A wide invisible stroke, so a thin arrow is easy to click. */}
      <BaseEdge path={route.d} style={{ stroke: 'transparent' }} interactionWidth={16} />
    </g>
  );
}
