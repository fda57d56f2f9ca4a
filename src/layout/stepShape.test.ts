import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import { stepShapes } from '@/model/schema';
import type { StepShape, TrappDocument } from '@/model/types';
import { buildOverviewScene } from '@/scene/overviewScene';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { inside, lineBoxes } from '../../tests/unit/fixtures/boxes';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();
const lillesand = loadTemplates().find((t) => t.id === 'lillesand')!.document;
const withShape = (doc: TrappDocument, stepShape: StepShape, direction: 'right' | 'left'): TrappDocument => ({
  ...doc,
  theme: { ...doc.theme, stepShape, cornerRadius: 12 },
  layout: { ...doc.layout, direction },
});
const documents = { lillesand, blank30: createBlankDocument({ steps: 30, language: 'nb' }) };

describe.each(
  stepShapes.flatMap((shape) =>
    (['right', 'left'] as const).flatMap((direction) =>
      Object.entries(documents).map(([name, doc]) => [shape, direction, name, doc] as const),
    ),
  ),
)('a %s step, rising to the %s (%s)', (shape, direction, _, source) => {
  const doc = withShape(source, shape, direction);
  const layout = layoutOverview(doc, measurer, sceneExtras);

  it('keeps number, title and subtitle inside the shape, clear of its point, curves and tile', () => {
    expect(layout.overflows.filter((o) => o.kind === 'step')).toEqual([]);
    for (const step of layout.steps) {
      const body = step.body!;
      expect(body.shape).toBe(shape);
      const texts = [...lineBoxes(measurer, step.title), ...lineBoxes(measurer, step.subtitle)];
      const number = lineBoxes(measurer, step.numberText)[0];
      let room = { x: step.x, y: step.y, w: step.w, h: step.h };
      if (body.shape === 'arrow')
        room =
          direction === 'right'
            ? { ...room, w: room.w - body.depth }
            : { ...room, x: room.x + body.depth, w: room.w - body.depth };
      if (body.shape === 'rounded') room = { ...room, x: room.x + body.radius * 0.3, w: room.w - body.radius * 0.6 };
      if (body.shape === 'card') {
        expect(inside(number, body.tile)).toBe(true);
        room = { ...room, x: body.tile.x + body.tile.w, w: step.x + step.w - body.tile.x - body.tile.w };
      } else expect(inside(number, room)).toBe(true);
      for (const box of texts) expect(inside(box, room), `step ${step.number}`).toBe(true);
    }
  });

  it('draws the shape under the texts, in the step’s colour', () => {
    const scene = buildOverviewScene(doc, layout, sceneExtras);
    layout.steps.forEach((step) => {
      const node = scene.nodes.find((n) => n.id === `step:${step.stepId}`)!;
      const [first, second] = node.primitives;
      const fills = node.primitives.filter((p) => p.kind !== 'text');
      expect(node.primitives.slice(fills.length).every((p) => p.kind === 'text')).toBe(true);
      if (shape === 'arrow') expect(first).toMatchObject({ kind: 'path', fill: step.fill });
      else if (shape === 'card') {
        expect(first).toMatchObject({ kind: 'rect', fill: (step.body as { surface: string }).surface });
        expect(second).toMatchObject({ kind: 'path', fill: step.fill });
      } else
        expect(first).toMatchObject({
          kind: 'rect',
          fill: step.fill,
          radius: (step.body as { radius: number }).radius,
        });
    });
  });
});

const ostreToten = loadTemplates().find((t) => t.id === 'ostre-toten')!.document;
const variants = { equal: { stepHeights: 'equal' }, list: { arrangement: 'list' } } as const;

describe.each(
  stepShapes.flatMap((shape) =>
    (['equal', 'list'] as const).flatMap((variant) =>
      (['subtitles', 'services'] as const).map((detail) => [shape, variant, detail] as const),
    ),
  ),
)('a %s step in the %s layout showing %s', (shape, variant, detail) => {
  const doc: TrappDocument = {
    ...ostreToten,
    theme: { ...ostreToten.theme, stepShape: shape, cornerRadius: 12 },
    layout: { ...ostreToten.layout, ...variants[variant], detail },
  };
  const layout = layoutOverview(doc, measurer, sceneExtras);

  it('keeps every text inside the step and the number on the card’s tile', () => {
    expect(layout.overflows).toEqual([]);
    for (const step of layout.steps) {
      const texts = [
        ...lineBoxes(measurer, step.title),
        ...lineBoxes(measurer, step.subtitle),
        ...lineBoxes(measurer, step.services),
      ];
      for (const box of texts) expect(inside(box, step), `step ${step.number}`).toBe(true);
      const number = lineBoxes(measurer, step.numberText)[0];
      expect(inside(number, step.body?.shape === 'card' ? step.body.tile : step)).toBe(true);
    }
    // Step 5 has no subtitle; every step has services (its commitments).
    const shown = layout.steps.map((step) => (step.services ? 'services' : step.subtitle ? 'subtitle' : 'none'));
    if (detail === 'services') expect(new Set(shown)).toEqual(new Set(['services']));
    else expect(shown.filter((s) => s === 'subtitle').length).toBe(doc.steps.filter((s) => s.subtitle.trim()).length);
  });

  it(
    variant === 'equal'
      ? 'stands the steps side by side at one height, in rows rising from step 1'
      : 'lists the steps from the highest at the top',
    () => {
      const [first, second] = layout.steps;
      if (variant === 'equal') {
        expect(layout.steps.every((s) => s.h === first.h)).toBe(true);
        layout.steps.slice(1).forEach((step, i) => {
          const before = layout.steps[i];
          if (step.y === before.y) expect(step.x).toBeGreaterThanOrEqual(before.x + before.w);
          else expect(step.y + step.h).toBeLessThan(before.y);
        });
      } else {
        expect(second.y + second.h).toBeLessThanOrEqual(first.y);
        expect(layout.steps.every((s) => s.x === first.x && s.w === first.w)).toBe(true);
      }
    },
  );
});
