import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { contrastRatio } from '@/layout/colour';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { layoutOverview } from '@/layout/overview';
import { buildOverviewScene } from './overviewScene';
import type { Primitive, SceneNode, TextPrimitive } from './primitives';
import { formatPathData } from './formatPathData';

const measurer = getNodeMeasurer();
const texts = (node: SceneNode) => node.primitives.filter((p): p is TextPrimitive => p.kind === 'text');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

function richDocument(steps: number): TrappDocument {
  const doc = createBlankDocument({ steps, language: 'nb' });
  const titles = [
    'Informasjon og forebygging',
    'Hverdagsrehabilitering',
    'Hjemmetjenester og dagsenter på Lena',
    'Korttidsopphold',
    'Langtidsopphold i sykehjem',
  ];
  return {
    ...doc,
    meta: { ...doc.meta, municipality: 'Østre Toten', footnote: 'Vedtatt i kommunestyret 2025' },
    steps: doc.steps.map((s, i) => ({
      ...s,
      title: titles[i % titles.length],
      subtitle: i % 2 ? 'Tilpasset den enkeltes behov' : '',
      callout: i === 0 ? 'Er hjemmet ditt klart for alderdommen?' : undefined,
    })),
    bands: [
      {
        id: 'band-1',
        label: 'Forebygging',
        firstStep: doc.steps[0].id,
        lastStep: doc.steps[Math.min(1, steps - 1)].id,
      },
    ],
  };
}

describe.each([1, 5, 13, 30])('the overview scene of %i steps', (count) => {
  const doc = richDocument(count);
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const scene = buildOverviewScene(doc, layout, sceneExtras);
  const stepNodes = scene.nodes.filter((n) => n.ref.kind === 'step');

  it('has one node per step, in step order, with the step’s box', () => {
    expect(stepNodes.map((n) => n.ref.id)).toEqual(doc.steps.map((s) => s.id));
    expect(new Set(scene.nodes.map((n) => n.id)).size).toBe(scene.nodes.length);
    stepNodes.forEach((node, i) =>
      expect({ x: node.x, y: node.y, w: node.w, h: node.h }).toEqual({
        x: layout.steps[i].x,
        y: layout.steps[i].y,
        w: layout.steps[i].w,
        h: layout.steps[i].h,
      }),
    );
  });

  it('draws each step’s number, title and subtitle as text on a filled block', () => {
    stepNodes.forEach((node, i) => {
      const step = doc.steps[i];
      expect(node.primitives[0]).toMatchObject({
        kind: 'rect',
        x: node.x,
        y: node.y,
        w: node.w,
        h: node.h,
        fill: layout.steps[i].fill,
      });
      const shown = texts(node).map((t) => t.text);
      expect(shown[0]).toBe(String(i + 1));
      const titleLines = layout.steps[i].title.lines.length;
      expect(words(shown.slice(1, 1 + titleLines).join(' '))).toEqual(words(step.title));
      if (layout.steps[i].subtitle?.lines.length)
        expect(words(shown.slice(1 + titleLines).join(' '))).toEqual(words(step.subtitle));
    });
  });

  it('keeps step text readable on its fill (WCAG AA: 3:1 for large text, 4.5:1 otherwise)', () => {
    const isLarge = (t: TextPrimitive) =>
      t.size * (1 / layout.scale) >= 18 || (t.weight >= 700 && t.size / layout.scale >= 14);
    stepNodes.forEach((node, i) => {
      for (const text of texts(node))
        expect(
          contrastRatio(text.fill, layout.steps[i].fill),
          `step ${i + 1} "${text.text}" ${text.fill} on ${layout.steps[i].fill}`,
        ).toBeGreaterThanOrEqual(isLarge(text) ? 3 : 4.5);
    });
  });

  it('draws the header, band, callout, axis and footer, bands first so steps sit on top', () => {
    const kinds = scene.nodes.map((n) => n.ref.kind);
    expect(kinds.filter((k) => k !== 'step' && k !== 'band' && k !== 'callout')).toEqual(['header', 'axis', 'footer']);
    expect(kinds.lastIndexOf('band')).toBeLessThan(kinds.indexOf('step'));
    const header = scene.nodes.find((n) => n.ref.kind === 'header')!;
    expect(texts(header).map((t) => t.text)).toEqual(['ØSTRE TOTEN KOMMUNE', 'Helhetlig innsatstrapp']);
    if (layout.callouts.length)
      expect(
        texts(scene.nodes.find((n) => n.ref.kind === 'callout')!)
          .map((t) => t.text)
          .join(' '),
      ).toContain('Er hjemmet');
  });

  it('has only finite numbers in every primitive', () => {
    const numbers = (p: Primitive) => Object.values(p).filter((v): v is number => typeof v === 'number');
    for (const node of scene.nodes)
      for (const p of node.primitives) for (const n of numbers(p)) expect(Number.isFinite(n)).toBe(true);
    for (const node of scene.nodes)
      for (const p of node.primitives)
        if (p.kind === 'path') expect(formatPathData(p.segments)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
