import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { builtInThemes } from '@/model/themes';
import type { LayoutOptions, TrappDocument } from '@/model/types';
import { buildOverview } from '@/scene/buildScene';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { withStepChanges } from '../../tests/unit/fixtures/stepChanges';
import { getTextContrasts } from '@/scene/contrast';
import { getReadableMinimum } from './stepTexts';

const measurer = getNodeMeasurer();
const templates = loadTemplates();

type Variant = { layout: Partial<LayoutOptions>; page?: TrappDocument['page']; changes?: boolean };
const a4Portrait = { size: 'A4', orientation: 'portrait' } as const;

// The variants change the overview only; the step pages in every theme are checked in contrastCheck.test.ts.
const variants: Record<string, Variant> = {
  list: { layout: { arrangement: 'list' } },
  listWithServices: { layout: { arrangement: 'list', detail: 'services' } },
  listWithServicesOnA4: { layout: { arrangement: 'list', detail: 'services' }, page: a4Portrait },
  listWithChanges: { layout: { arrangement: 'list' }, changes: true },
  equal: { layout: { stepHeights: 'equal' } },
  equalLeftWithServices: { layout: { stepHeights: 'equal', direction: 'left', detail: 'services' } },
  equalWithServicesOnA4: { layout: { stepHeights: 'equal', detail: 'services' }, page: a4Portrait },
  equalWithChanges: { layout: { stepHeights: 'equal' }, changes: true },
  titles: { layout: { detail: 'titles' } },
  services: { layout: { detail: 'services' } },
  servicesOnA4: { layout: { detail: 'services' }, page: { size: 'A4', orientation: 'landscape' } },
  withoutFigures: { layout: { showFigures: false } },
};

const apply = (doc: TrappDocument, { layout, page, changes }: Variant): TrappDocument => {
  const varied = { ...doc, page: page ?? doc.page, layout: { ...doc.layout, ...layout } };
  return changes ? withStepChanges(varied) : varied;
};

describe.each(Object.entries(variants))('the %s layout', (_, variant) => {
  it.each(
    templates.flatMap((t) =>
      builtInThemes.map((b) => [t.id, b.id, apply({ ...t.document, theme: b.theme }, variant)] as const),
    ),
  )('%s in %s fits every text and passes WCAG AA', (_, __, doc: TrappDocument) => {
    const { layout, scene } = buildOverview(doc, measurer, sceneExtras);
    expect(layout.overflows).toEqual([]);
    const failing = getTextContrasts(scene, measurer).filter((t) => t.ratio < t.required);
    expect(failing.map((t) => `${t.nodeId} "${t.text}" ${t.colour}: ${t.ratio.toFixed(2)}`)).toEqual([]);
  });

  // Key services give way to "+ N til" rather than shrink: 7 pt on A4, 9.9 pt on A3.
  it.each(templates.map((t) => [t.id, apply(t.document, variant)] as const))(
    '%s draws no key service below the readable size',
    (_, doc) => {
      const { layout } = buildOverview(doc, measurer, sceneExtras);
      const floor = getReadableMinimum(layout.scale);
      expect(floor).toBeCloseTo(doc.page.size === 'A4' ? 7 : 9.9, 1);
      const tooSmall = layout.steps
        .filter((s) => s.services && s.services.size < floor - 1e-6)
        .map((s) => `${s.number}: ${s.services!.size.toFixed(1)} pt`);
      expect(tooSmall).toEqual([]);
    },
  );
});
