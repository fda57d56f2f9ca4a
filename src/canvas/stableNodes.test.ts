import { describe, expect, it } from 'vitest';
import type { SceneNode } from '@/scene/primitives';
import type { SceneFlowNode } from './SceneNodeView';
import { equalData, knownSize, reuseNode } from './stableNodes';
import { lineTo, moveTo } from '@/layout/pathSegments';

/** A step as the scene builds it: a fresh object at every build. */
const step = (title: string, x = 10): SceneNode => ({
  id: 'step:s1',
  ref: { kind: 'step', id: 's1' },
  x,
  y: 20,
  w: 120,
  h: 60,
  primitives: [
    { kind: 'rect', x, y: 20, w: 120, h: 60, fill: '#ddeeff' },
    {
      kind: 'text',
      x: x + 4,
      y: 40,
      text: title,
      family: 'Source Sans 3',
      weight: 600,
      size: 14,
      fill: '#000',
      anchor: 'start',
    },
    { kind: 'path', segments: [moveTo(0, 0), lineTo(1, 1)], stroke: '#000', dash: [2, 2] },
  ],
});

const flowNode = (node: SceneNode): SceneFlowNode => ({
  id: node.id,
  type: 'scene',
  position: { x: node.x, y: node.y },
  data: { node, label: 'Trinn 1', overridden: false, resizable: false },
  ...knownSize(node.w, node.h),
});

describe('reuseNode', () => {
  it('keeps the previous flow node when the scene was built again with the same drawing', () => {
    const before = flowNode(step('Tidlig innsats'));
    expect(reuseNode(before, flowNode(step('Tidlig innsats')))).toBe(before);
  });

  it('gives a new node with new data when a text of the node changed', () => {
    const before = flowNode(step('Tidlig innsats'));
    const after = reuseNode(before, flowNode(step('Tidlig innsats og mestring')));
    expect(after).not.toBe(before);
    expect(after.data.node.primitives[1]).toMatchObject({ text: 'Tidlig innsats og mestring' });
  });

  it('keeps the data but not the node when only the position changed', () => {
    const before = flowNode(step('Tidlig innsats'));
    const moved = flowNode(step('Tidlig innsats'));
    moved.position = { x: 50, y: 20 };
    const after = reuseNode(before, moved);
    expect(after).not.toBe(before);
    expect(after.data).toBe(before.data);
    expect(after.position).toEqual({ x: 50, y: 20 });
  });
});

describe('equalData', () => {
  it('compares numbers, strings, arrays and objects by content', () => {
    expect(equalData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(equalData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(equalData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(equalData([1], { 0: 1 })).toBe(false);
    expect(equalData({ a: null }, { a: {} })).toBe(false);
  });
});
