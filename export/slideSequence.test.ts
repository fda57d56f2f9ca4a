import { describe, expect, it } from 'vitest';
import { getNodeSceneContext } from './nodeContext';
import { loadTemplates } from './testing/templates';
import { getRefStepId } from '@/scene/sceneRef';
import { DIM_OPACITY, getRevealScene, getSlides } from './slideSequence';

const context = getNodeSceneContext();
const templates = loadTemplates();

describe.each(templates)('slides of the $id template', ({ document }) => {
  const slides = getSlides(document, context);

  it('start with the overview, then each step revealed in order, each followed by its own page', () => {
    expect(slides[0].kind).toBe('overview');
    const reveals = slides.filter((s) => s.kind === 'reveal');
    expect(reveals.map((s) => s.stepId)).toEqual(document.steps.map((s) => s.id));
    for (const step of document.steps) {
      const at = slides.findIndex((s) => s.kind === 'reveal' && s.stepId === step.id);
      const hasPage = document.pages.some((p) => p.kind === 'step' && p.stepId === step.id);
      expect(slides[at + 1]?.kind === 'page' && slides[at + 1]?.stepId === step.id, `step ${at}`).toBe(hasPage);
    }
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('a reveal draws the step on top of a veil over everything else', () => {
    const reveal = slides.find((s) => s.kind === 'reveal')!;
    const nodes = reveal.scene.nodes;
    const veil = nodes.findIndex((n) => n.id === 'page:reveal-veil');
    expect(veil).toBeGreaterThan(0);
    expect(nodes[veil].primitives[0]).toMatchObject({
      kind: 'rect',
      opacity: DIM_OPACITY,
      fill: reveal.scene.background,
    });
    const clear = nodes.slice(veil + 1);
    expect(
      clear.every((n) => getRefStepId(n.ref) === reveal.stepId || ['header', 'footer', 'axis'].includes(n.ref.kind)),
    ).toBe(true);
    expect(clear.some((n) => n.ref.kind === 'step' || n.ref.kind === 'chartColumn')).toBe(true);
    expect(nodes.slice(0, veil).some((n) => getRefStepId(n.ref) === reveal.stepId)).toBe(false);
    expect(nodes.length).toBe(slides[0].scene.nodes.length + 1);
  });
});

it('chart parts belong to the step their reference names', () => {
  expect(getRefStepId({ kind: 'figure', chartId: 'chart1', stepId: 'step4' })).toBe('step4');
  expect(getRefStepId({ kind: 'chartColumn', chartId: 'c', stepId: 's' })).toBe('s');
  expect(getRefStepId({ kind: 'band', id: 'b' })).toBeUndefined();
  const scene = { width: 10, height: 10, background: '#fff', nodes: [] };
  expect(getRevealScene(scene, 'x').nodes.map((n) => n.id)).toEqual(['page:reveal-veil']);
});
