import type { Box } from '@/layout/geometry';
import type { TextBlock } from '@/layout/textBlock';
import type { Primitive, SceneNode, SceneRef } from './primitives';
import { formatRef } from './sceneRef';
import { lineTo, moveTo, polyline, type Segment } from '@/layout/pathSegments';

export function textPrimitives(block: TextBlock | undefined, fill: string): Primitive[] {
  if (!block) return [];
  return block.lines.map((line) => ({
    kind: 'text',
    x: line.x,
    y: line.y,
    text: line.text,
    family: block.face.family,
    weight: block.face.weight,
    size: block.size,
    fill,
    anchor: block.anchor,
  }));
}

/** A scene node; its id is made from its reference, so it stays the same across layouts. */
export function sceneNode(ref: SceneRef, box: Box, primitives: Primitive[]): SceneNode {
  return { id: formatRef(ref), ref, x: box.x, y: box.y, w: box.w, h: box.h, primitives };
}

/** A horizontal arrow: a line with a filled head at `to`. */
export function arrowPrimitives(
  from: { x: number; y: number },
  to: { x: number; y: number },
  colour: string,
  width: number,
  head: number,
): Primitive[] {
  const direction = Math.sign(to.x - from.x) || 1;
  return [
    {
      kind: 'path',
      segments: [moveTo(from.x, from.y), lineTo(to.x - direction * head * 0.6, from.y)],
      stroke: colour,
      strokeWidth: width,
    },
    {
      kind: 'path',
      segments: polyline(
        [
          to,
          { x: to.x - direction * head, y: to.y - head * 0.55 },
          { x: to.x - direction * head, y: to.y + head * 0.55 },
        ],
        true,
      ),
      fill: colour,
    },
  ];
}

/** A straight line from one point to another, as a path's segments. */
export function lineSegments(x1: number, y1: number, x2: number, y2: number): Segment[] {
  return [moveTo(x1, y1), lineTo(x2, y2)];
}
