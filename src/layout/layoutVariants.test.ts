import { describe, expect, it } from 'vitest';
import { builtInThemes } from '@/model/themes';
import type { LayoutOptions, TrappDocument } from '@/model/types';
import { buildOverview } from '@/scene/buildScene';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { getTextContrasts } from './contrast';

const measurer = getNodeMeasurer();
const templates = loadTemplates();

// The variants change the overview only; the step pages in every theme are checked in contrastCheck.test.ts.
const variants: Record<string, Partial<LayoutOptions>> = {
  list: { arrangement: 'list' },
  listWithServices: { arrangement: 'list', detail: 'services' },
  equal: { stepHeights: 'equal' },
  equalLeftWithServices: { stepHeights: 'equal', direction: 'left', detail: 'services' },
  titles: { detail: 'titles' },
  services: { detail: 'services' },
  withoutFigures: { showFigures: false },
};

describe.each(Object.entries(variants))('the %s layout', (_, variant) => {
  it.each(templates.flatMap((t) => builtInThemes.map((b) => [t.id, b.id, { ...t.document, theme: b.theme, layout: { ...t.document.layout, ...variant } }] as const)))(
    '%s in %s fits every text and passes WCAG AA',
    (_, __, doc: TrappDocument) => {
      const { layout, scene } = buildOverview(doc, measurer);
      expect(layout.overflows).toEqual([]);
      const failing = getTextContrasts(scene, measurer).filter((t) => t.ratio < t.required);
      expect(failing.map((t) => `${t.nodeId} "${t.text}" ${t.colour}: ${t.ratio.toFixed(2)}`)).toEqual([]);
    },
  );
});
