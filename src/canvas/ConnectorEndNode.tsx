import { createContext, useContext } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';

/** `connectorId`: the connector this is an end of (shown while it is selected); `grip`: the start of a new connector. */
export type ConnectorEndData = { label: string; connectorId?: string; grip?: boolean };
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
  const visible = data.grip || (data.connectorId !== undefined && data.connectorId === selected);
  const className = ['connector-end', visible && 'visible', data.grip && 'grip'].filter(Boolean).join(' ');
  return (
    <div className={className} title={data.label} style={{ width: END_SIZE, height: END_SIZE }}>
      <Handle type="source" position={Position.Top} isConnectable={false} className="connector-end-handle" />
      <Handle type="target" position={Position.Top} isConnectable={false} className="connector-end-handle" />
      {data.grip && <span aria-hidden="true">→</span>}
    </div>
  );
}
