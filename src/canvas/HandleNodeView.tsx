import type { Node, NodeProps } from '@xyflow/react';
import type { EditHandle } from '@/scene/editHandles';

export type HandleFlowNode = Node<{ handle: EditHandle; label: string }, 'handle'>;
export const HANDLE_SIZE = 14;

/** A grip on a column top (square) or a curve point (round), dragged up and down to set the value. */
export function HandleNodeView({ data }: NodeProps<HandleFlowNode>) {
  const round = data.handle.value === 'curve';
  return (
    <div
      className={round ? 'edit-handle round' : 'edit-handle'}
      title={data.label}
      style={{ width: HANDLE_SIZE, height: HANDLE_SIZE }}
    />
  );
}
