import { useContext } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { SceneNode } from '@/scene/primitives';
import { formatPathData } from '@/scene/formatPathData';
import { primitivesToReact } from './primitivesToReact';
import { SelectedConnectorContext } from './ConnectorEndNode';

/**
 * `node`: the connector's scene node, drawn as the exports draw it; without it, a straight preview
 * while a new connector or an end is dragged. `moving`: how far a drag in progress carries each end.
 */
export type ConnectorEdgeData = {
  node?: SceneNode;
  label: string;
  moving?: { from: { x: number; y: number }; to: { x: number; y: number } };
};
export type ConnectorFlowEdge = Edge<ConnectorEdgeData, 'connector'>;

/**
 * A connector on the canvas: React Flow hosts it as an edge between its two end nodes, but the
 * drawing is the scene's (route, heads, label), so the canvas and every export agree.
 */
export function ConnectorEdge({ data, sourceX, sourceY, targetX, targetY }: EdgeProps<ConnectorFlowEdge>) {
  const route = data?.node?.connector;
  const selected = useContext(SelectedConnectorContext) === data?.node?.ref.id;
  if (!data?.node || !route)
    return <BaseEdge path={`M${sourceX} ${sourceY}L${targetX} ${targetY}`} className="connector-preview" />;
  const { moving } = data;
  if (moving && (moving.from.x !== moving.to.x || moving.from.y !== moving.to.y)) {
    // One end carried by a drag: a straight line between the ends until the drop routes it again.
    const from = { x: route.from.x + moving.from.x, y: route.from.y + moving.from.y };
    const to = { x: route.to.x + moving.to.x, y: route.to.y + moving.to.y };
    return <BaseEdge path={`M${from.x} ${from.y}L${to.x} ${to.y}`} className="connector-preview" />;
  }
  return (
    <g
      className={selected ? 'connector selected' : 'connector'}
      role="img"
      aria-label={data.label}
      transform={moving ? `translate(${moving.from.x} ${moving.from.y})` : undefined}
    >
      {selected && <path d={formatPathData(route.route)} className="connector-halo" fill="none" />}
      {primitivesToReact(data.node.primitives)}
      {/* A wide invisible stroke, so a thin arrow is easy to click. */}
      <BaseEdge path={formatPathData(route.route)} style={{ stroke: 'transparent' }} interactionWidth={16} />
    </g>
  );
}
