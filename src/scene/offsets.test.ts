import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import { createFigureFormatter } from '@/model/numbers';
import type { TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { buildPage } from './buildScene';
import { getOffsetKey } from './offsets';
import { createPageBuilder } from './pageCache';

const context = {
  measurer: getNodeMeasurer(),
  formatFigure: createFigureFormatter((f) => f.kind),
  extras: sceneExtras,
};
const withOffsets = (doc: TrappDocument, offsets: Record<string, { dx: number; dy: number }>): TrappDocument => ({
  ...doc,
  pages: [{ ...doc.pages[0], offsets }, ...doc.pages.slice(1)],
});

describe('page offsets', () => {
  it('tracks and charts move as a whole; the page does not move', () => {
    expect(getOffsetKey({ kind: 'trackCell', trackId: 't1', columnId: 'c1', rowId: 'r1' })).toBe('track:t1');
    expect(getOffsetKey({ kind: 'chartBar', chartId: 'ch', barId: 'b' })).toBe('chart:ch');
    expect(getOffsetKey({ kind: 'step', id: 's1' })).toBe('step:s1');
    expect(getOffsetKey({ kind: 'page', id: 'p' })).toBeUndefined();
  });

  it('a moved step is drawn, and edited in place, where it was dragged; the rest stays', () => {
    const doc = createBlankDocument({ steps: 4, language: 'nb' });
    const stepId = doc.steps[1].id;
    const before = buildPage(doc, doc.pages[0], context);
    const moved = withOffsets(doc, { [`step:${stepId}`]: { dx: 30, dy: -12 } });
    const after = buildPage(moved, moved.pages[0], context);
    const node = (view: typeof before, id: string) =>
      view.sheets[0].nodes.find((n) => n.ref.kind === 'step' && n.ref.id === id)!;
    expect(node(after, stepId).x - node(before, stepId).x).toBeCloseTo(30);
    expect(node(after, stepId).y - node(before, stepId).y).toBeCloseTo(-12);
    const text = (view: typeof before) =>
      node(view, stepId).primitives.find((p) => p.kind === 'text') as { x: number; y: number };
    expect(text(after).x - text(before).x).toBeCloseTo(30);
    expect(text(after).y - text(before).y).toBeCloseTo(-12);
    expect(node(after, doc.steps[0].id)).toEqual(node(before, doc.steps[0].id));
    const field = (view: typeof before) => view.fields.find((f) => f.ref.id === stepId && f.field === 'title')!.box;
    expect(field(after).x - field(before).x).toBeCloseTo(30);
  });

  it('the page builder lays out again only when more than the offsets changed, and keeps unmoved nodes', () => {
    const build = createPageBuilder();
    const doc = createBlankDocument({ steps: 4, language: 'nb' });
    const first = build(doc, doc.pages[0], context);
    const moved = withOffsets(doc, { [`step:${doc.steps[0].id}`]: { dx: 5, dy: 0 } });
    const second = build(moved, moved.pages[0], context);
    const unmoved = (view: typeof first) =>
      view.sheets[0].nodes.find((n) => n.ref.kind === 'step' && n.ref.id === doc.steps[3].id);
    expect(unmoved(second)).toBe(unmoved(first));
    expect(second).toEqual(buildPage(moved, moved.pages[0], context));
    const retitled = { ...moved, steps: moved.steps.map((s, i) => (i === 3 ? { ...s, title: 'Ny tittel her' } : s)) };
    const third = build(retitled, retitled.pages[0], context);
    expect(third).toEqual(buildPage(retitled, retitled.pages[0], context));
    expect(unmoved(third)).not.toEqual(unmoved(first));
  });
});
