import { createElement, memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { SceneNode } from '@/scene/primitives';
import { toSvgElement } from '@/scene/svgElements';

export type SceneNodeData = { node: SceneNode; label: string };
export type SceneFlowNode = Node<SceneNodeData, 'scene'>;

const reactAttribute = (name: string) => (name === 'style' ? 'data-style' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));

function toReactProps(attrs: Record<string, string | number>, key: number) {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attrs)) props[reactAttribute(name)] = value;
  if ('style' in attrs) props.style = { fontKerning: 'none', whiteSpace: 'pre' };
  return props;
}

/** Draws one scene node's primitives, the same elements the SVG export writes. */
export const SceneNodeView = memo(function SceneNodeView({ data, selected }: NodeProps<SceneFlowNode>) {
  const { node } = data;
  const children = node.primitives.map((primitive, i) => {
    const element = toSvgElement(primitive);
    return element ? createElement(element.tag, toReactProps(element.attrs, i), element.text) : null;
  });
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
      {children}
    </svg>
  );
});
