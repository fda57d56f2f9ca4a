import { describe, expect, it } from 'vitest';
import type { Scene, SceneNode } from './primitives';
import { shareSheets } from './shareSheets';
import { getExportSheets } from '../../export/sheets';
import { getNodeSceneContext } from '../../export/nodeContext';
import { createTwelveLongServices } from '../../tests/unit/fixtures/unshapedTrapps';

const node = (id: string, y: number, h: number): SceneNode => ({
  id,
  ref: { kind: 'step', id },
  x: 0,
  y,
  w: 100,
  h,
  primitives: [],
});
/** A sheet 1000 high whose content reaches `bottom`, with its running line at 950. */
const sheet = (name: string, bottom: number): Scene => ({
  width: 700,
  height: 1000,
  background: '#fff',
  nodes: [node(`header:${name}`, 0, 80), node(`items:${name}`, 100, bottom - 100), node(`running:${name}`, 950, 10)],
});

describe('short step pages sharing a sheet', () => {
  it('stack while they fit above the first one’s running line, keeping one running line', () => {
    const shared = shareSheets(
      [sheet('a', 300), sheet('b', 400), sheet('c', 300), sheet('d', 200)],
      [true, true, true, true],
      20,
    );
    expect(shared.map((s) => s.nodes.map((n) => n.id))).toEqual([
      ['header:a', 'items:a', 'running:a', 'header:b', 'items:b'],
      ['header:c', 'items:c', 'running:c', 'header:d', 'items:d'],
    ]);
    // b begins under a's content and the gap.
    expect(shared[0].nodes[3].y).toBe(320);
  });

  it('leave a sheet that may not share as it is, and start afresh after it', () => {
    const overview = sheet('overview', 900);
    const shared = shareSheets(
      [overview, sheet('a', 200), sheet('long', 900), sheet('b', 200)],
      [false, true, false, true],
      20,
    );
    expect(shared).toHaveLength(4);
    expect(shared[0]).toBe(overview);
  });

  it('print twelve short step pages on fewer sheets when the layout asks for it, every service still there', () => {
    const doc = createTwelveLongServices();
    const context = getNodeSceneContext();
    const apart = getExportSheets(doc, context, 'all');
    const shared = getExportSheets({ ...doc, layout: { ...doc.layout, shareStepSheets: true } }, context, 'all');
    expect(apart).toHaveLength(13);
    expect(shared.length).toBeLessThan(8);
    const texts = (scenes: Scene[]) =>
      scenes
        .flatMap((s) => s.nodes.flatMap((n) => n.primitives.flatMap((p) => (p.kind === 'text' ? [p.text] : []))))
        .filter((t) => !t.includes('Bydel Frogner'))
        .sort();
    expect(texts(shared)).toEqual(texts(apart));
    // Nothing runs past the foot of its sheet.
    for (const scene of shared) for (const n of scene.nodes) expect(n.y + n.h).toBeLessThanOrEqual(scene.height);
  });
});
