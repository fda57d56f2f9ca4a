import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsExtras } from '@/layout/layoutExtras';
import { loadDocument } from '@/model/load';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { getNodeSceneContext } from '../../export/nodeContext';
import { buildPage, getOverviewPage, type SceneContext } from './buildScene';
import { sceneExtras } from './sceneExtras';

const template = (id: string): TrappDocument => {
  const loaded = loadDocument(readFileSync(new URL(`../../templates/${id}.trapp.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(id);
  return loaded.document;
};
const withIcon = (doc: TrappDocument): TrappDocument => ({
  ...doc,
  pages: doc.pages.map((page, i) =>
    i === 0 ? { ...page, elements: [{ id: 'i1', kind: 'icon', icon: 'heart', x: 40, y: 40, w: 30, h: 30 }] } : page,
  ),
});
const full = getNodeSceneContext();
const without: SceneContext = { ...full, extras: undefined };
const overview = (doc: TrappDocument, context: SceneContext) => buildPage(doc, getOverviewPage(doc), context);
const kinds = (doc: TrappDocument, context: SceneContext) =>
  new Set(overview(doc, context).sheets[0].nodes.map((node) => node.ref.kind));

describe('the extras (charts, tracks, icons) handed to the layout', () => {
  it('are needed by the documents that have a chart, a track or an icon, and only by them', () => {
    expect(needsExtras(template('alver'))).toBe(true);
    expect(needsExtras(template('gausdal'))).toBe(true);
    expect(needsExtras(template('lillesand'))).toBe(false);
    expect(needsExtras(template('ostre-toten'))).toBe(false);
    const blank = createBlankDocument({ steps: 3, language: 'nb' });
    expect(needsExtras(blank)).toBe(false);
    expect(needsExtras(withIcon(blank))).toBe(true);
  });

  it('are in every Node context, so the command line and the server draw charts and tracks', () => {
    expect(full.extras).toBe(sceneExtras);
    const alver = kinds(template('alver'), full);
    expect(alver.has('track')).toBe(true);
    expect(kinds(template('gausdal'), full).has('chart')).toBe(true);
  });

  it('leave the charts and tracks out while missing, and the rest of the page is still drawn', () => {
    for (const id of ['alver', 'gausdal']) {
      const drawn = kinds(template(id), without);
      expect([...drawn].filter((kind) => kind === 'track' || kind === 'chart')).toEqual([]);
      expect(drawn.has('header')).toBe(true);
      expect(drawn.has('step')).toBe(true);
    }
  });

  it('draw an icon only when given; without them the icon is an empty box in its place', () => {
    const doc = withIcon(createBlankDocument({ steps: 3, language: 'nb' }));
    const icon = (context: SceneContext) =>
      overview(doc, context).sheets[0].nodes.find((node) => node.ref.kind === 'element' && node.ref.id === 'i1')!;
    expect(icon(full).primitives.some((p) => p.kind === 'path')).toBe(true);
    expect(icon(without).primitives.some((p) => p.kind === 'path')).toBe(false);
    const box = ({ x, y, w, h }: { x: number; y: number; w: number; h: number }) => ({ x, y, w, h });
    expect(box(icon(without))).toEqual(box(icon(full)));
  });
});
