import { createContext, useContext } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { getConnectorIdOf, type ConnectorNodeRef } from './connectorNodeRef';

/** `ref`: which end of which connector (shown while that connector is selected), or the grip that starts a new one. */
export type ConnectorEndData = { label: string; ref: ConnectorNodeRef };
export type ConnectorEndFlowNode = Node<ConnectorEndData, 'connectorEnd'>;
export const END_SIZE = 12;

/**
 * The selected connector's id. Given by context rather than in node data: changing a node makes
 * React Flow measure it again and take its edge away for a frame, and a double-click on the edge
 * would then land on what lies under it.
 */
export const SelectedConnectorContext = createContext<string | undefined>(undefined);

/**
 * One end of a connector (or the grip a new connector is dragged from). The handles are only there
 * because React Flow draws an edge between handles; the user drags the node itself.
 */
export function ConnectorEndNode({ data }: NodeProps<ConnectorEndFlowNode>) {
  const selected = useContext(SelectedConnectorContext);
  const grip = data.ref.kind === 'grip';
  const connectorId = getConnectorIdOf(data.ref);
  const visible = grip || (connectorId !== undefined && connectorId === selected);
  const className = ['connector-end', visible && 'visible', grip && 'grip'].filter(Boolean).join(' ');
  return (
    <div className={className} title={data.label} style={{ width: END_SIZE, height: END_SIZE }}>
      <Handle type="source" position={Position.Top} isConnectable={false} className="connector-end-handle" />
      <Handle type="target" position={Position.Top} isConnectable={false} className="connector-end-handle" />
      {grip && <span aria-hidden="true">→</span>}
    </div>
  );
}
