import type { Node, NodeProps } from '@xyflow/react';

export type PageFlowNode = Node<{ width: number; height: number; background: string }, 'page'>;

/** The sheet of paper under the drawing. */
export function PageNodeView({ data }: NodeProps<PageFlowNode>) {
  return <div className="page-sheet" style={{ width: data.width, height: data.height, background: data.background }} />;
}
