import type { Box } from '@/layout/geometry';
import type { TextBlock } from '@/layout/textBlock';
import type { Primitive, SceneNode, SceneRef } from './primitives';
import { formatRef } from './sceneRef';

export function textPrimitives(block: TextBlock | undefined, fill: string): Primitive[] {
  if (!block) return [];
  return block.lines.map((line) => ({ kind: 'text', x: line.x, y: line.y, text: line.text, family: block.face.family, weight: block.face.weight, size: block.size, fill, anchor: block.anchor }));
}

/** A scene node; its id is made from its reference, so it stays the same across layouts. */
export function sceneNode(ref: SceneRef, box: Box, primitives: Primitive[]): SceneNode {
  return { id: formatRef(ref), ref, x: box.x, y: box.y, w: box.w, h: box.h, primitives };
}

/** A horizontal arrow: a line with a filled head at `to`. */
export function arrowPrimitives(from: { x: number; y: number }, to: { x: number; y: number }, colour: string, width: number, head: number): Primitive[] {
  const direction = Math.sign(to.x - from.x) || 1;
  return [
    { kind: 'path', d: `M${from.x} ${from.y}H${to.x - direction * head * 0.6}`, stroke: colour, strokeWidth: width },
    { kind: 'path', d: `M${to.x} ${to.y}L${to.x - direction * head} ${to.y - head * 0.55}L${to.x - direction * head} ${to.y + head * 0.55}Z`, fill: colour },
  ];
}

/** A circle as a path (the scene has no circle primitive). */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`;
}
