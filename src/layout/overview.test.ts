import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { layoutOverview, type OverviewLayout } from './overview';
import type { TextBlock } from './textBlock';
import { bottom, EPS, inside, lineBoxes as getLineBoxes, overlaps } from '../../tests/unit/fixtures/boxes';

const measurer = getNodeMeasurer();

const pages = {
  'A4 portrait': { size: 'A4', orientation: 'portrait' },
  'A3 landscape': { size: 'A3', orientation: 'landscape' },
  '16:9': { size: '16:9', orientation: 'landscape' },
} as const;

const longTitle = 'Helsefremmende og forebyggende tjenester for alle innbyggere i Østre Toten';
const longSubtitle =
  'Frisklivssentral, kurs, veiledning og aktiviteter som styrker egenmestring på tvers av generasjoner';

/** Three thirds as bands, the staircase running right to left. */
function withBandsLeft(doc: TrappDocument): TrappDocument {
  const n = doc.steps.length;
  const cuts = [0, Math.floor(n / 3), Math.floor((2 * n) / 3), n].filter((c, i, all) => i === 0 || c > all[i - 1]);
  const bands = cuts.slice(1).map((end, i) => ({
    id: `band-${i}`,
    label: ['Forebygging', 'Tjenester i hjemmet', 'Heldøgns omsorg'][i],
    firstStep: doc.steps[cuts[i]].id,
    lastStep: doc.steps[end - 1].id,
  }));
  return { ...doc, bands, layout: { ...doc.layout, direction: 'left' } };
}

const variants: Record<string, (doc: TrappDocument) => TrappDocument> = {
  default: (doc) => doc,
  'long texts': (doc) => ({
    ...doc,
    meta: {
      ...doc.meta,
      intro:
        'Innsatstrappen viser hvordan kommunen gir riktig hjelp til rett tid, fra det forebyggende til det mest omfattende.',
      footnote: 'Vedtatt i kommunestyret 12. juni 2025',
    },
    axis: { ...doc.axis, start: 'Lav', end: 'Høy' },
    steps: doc.steps.map((s) => ({ ...s, title: longTitle, subtitle: longSubtitle })),
  }),
  'bands, leftward': withBandsLeft,
};

function makeDocument(steps: number, page: keyof typeof pages, variant: string): TrappDocument {
  return variants[variant]({ ...createBlankDocument({ steps, language: 'nb' }), page: pages[page] });
}

const lineBoxes = (block: TextBlock | undefined) => getLineBoxes(measurer, block);

const cases = [1, 5, 13, 30].flatMap((steps) =>
  Object.keys(pages).flatMap((page) => Object.keys(variants).map((variant) => [steps, page, variant] as const)),
);

describe.each(cases)('%i steps, %s, %s', (steps, page, variant) => {
  const doc = makeDocument(steps, page as keyof typeof pages, variant);
  const layout: OverviewLayout = layoutOverview(doc, measurer, sceneExtras);
  const pageBox = { x: 0, y: 0, w: layout.width, h: layout.height };

  it('has one block per step, inside the page and below the header, none overlapping', () => {
    expect(layout.steps.map((s) => s.stepId)).toEqual(doc.steps.map((s) => s.id));
    for (const step of layout.steps) {
      expect(step.w).toBeGreaterThan(0);
      expect(step.h).toBeGreaterThan(0);
      expect(inside(step, pageBox)).toBe(true);
      expect(step.y).toBeGreaterThanOrEqual(bottom(layout.header.box));
    }
    layout.steps.forEach((a, i) => layout.steps.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('rises one step at a time in the reading direction', () => {
    const sign = doc.layout.direction === 'right' ? 1 : -1;
    for (let i = 1; i < layout.steps.length; i++) {
      const [lower, upper] = [layout.steps[i - 1], layout.steps[i]];
      expect(bottom(upper)).toBeLessThanOrEqual(lower.y + EPS);
      expect(sign * (upper.x - lower.x)).toBeGreaterThan(0);
    }
  });

  it('keeps every line of every step inside its block', () => {
    for (const step of layout.steps) {
      for (const line of [...lineBoxes(step.numberText), ...lineBoxes(step.title), ...lineBoxes(step.subtitle)])
        expect(inside(line, step), `${step.number}: ${JSON.stringify(line)} in ${JSON.stringify(step)}`).toBe(true);
      expect(overlaps(step.numberText.box, step.title.box)).toBe(false);
      if (step.subtitle) expect(step.subtitle.box.y).toBeGreaterThanOrEqual(bottom(step.title.box) - EPS);
    }
  });

  it('keeps header, axis and footer text on the page, and the axis below the steps', () => {
    const { header, axis, footer } = layout;
    for (const block of [header.municipality, header.title, header.intro, axis?.label, axis?.start, axis?.end, footer])
      for (const line of lineBoxes(block)) expect(inside(line, pageBox)).toBe(true);
    const lowest = Math.max(...layout.steps.map(bottom));
    if (axis) expect(axis.from.y).toBeGreaterThan(lowest);
    if (footer) expect(footer.box.y).toBeGreaterThan(lowest);
  });

  it('draws each band behind exactly its steps, with its label in its strip', () => {
    expect(layout.bands).toHaveLength(doc.bands.length);
    layout.bands.forEach((band, i) => {
      const range = doc.bands[i];
      const first = doc.steps.findIndex((s) => s.id === range.firstStep);
      const last = doc.steps.findIndex((s) => s.id === range.lastStep);
      layout.steps.forEach((step, index) => {
        if (index >= first && index <= last) expect(inside(step, band.strip)).toBe(true);
        else expect(overlaps(step, band.strip)).toBe(false);
      });
      expect(band.rule.y1).toBeGreaterThanOrEqual(band.strip.y);
      expect(band.rule.y2).toBeLessThanOrEqual(bottom(band.strip));
      for (const line of lineBoxes(band.label)) expect(line.x).toBeGreaterThanOrEqual(band.strip.x);
      for (const step of layout.steps) expect(overlaps(band.label.box, step)).toBe(false);
    });
  });
});

describe('overflows', () => {
  it('reports a 400-character title in a 30-step document', () => {
    const doc = createBlankDocument({ steps: 30, language: 'nb' });
    const title = 'Hverdagsrehabilitering og trygghetsskapende tjenester i hjemmet '.repeat(7).slice(0, 400);
    doc.steps[12] = { ...doc.steps[12], title };
    const layout = layoutOverview(doc, measurer, sceneExtras);
    expect(layout.overflows).toContainEqual({ kind: 'step', id: doc.steps[12].id, field: 'title' });
    expect(layout.overflows.filter((o) => o.id !== doc.steps[12].id)).toEqual([]);
    const shown = layout.steps[12].title.lines.map((l) => l.text).join(' ');
    expect(shown.endsWith('…')).toBe(true);
    expect(title.replace(/\s+/g, ' ').startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
  });

  it.each(Object.keys(variants).filter((v) => v !== 'long texts'))(
    'reports nothing for the short default titles at 13 steps on A3 (%s)',
    (variant) => {
      const layout = layoutOverview(makeDocument(13, 'A3 landscape', variant), measurer, sceneExtras);
      expect(layout.overflows).toEqual([]);
      for (const step of layout.steps) expect(step.title.lines.map((l) => l.text)).toEqual([`Trinn ${step.number}`]);
    },
  );

  it('reports a header title too long for two lines', () => {
    const doc = createBlankDocument({ steps: 5, language: 'nb' });
    const layout = layoutOverview({ ...doc, meta: { ...doc.meta, title: longTitle.repeat(8) } }, measurer, sceneExtras);
    expect(layout.overflows).toContainEqual({ kind: 'header', id: 'header', field: 'title' });
    expect(layout.header.title.lines.length).toBeLessThanOrEqual(2);
  });
});

describe('the municipality in the heading', () => {
  const named = (municipality: string) => {
    const doc = createBlankDocument({ steps: 3, language: 'nn' });
    return { ...doc, meta: { ...doc.meta, municipality } };
  };
  it.each([
    ['Lillesand', 'LILLESAND KOMMUNE'],
    ['Alver kommune', 'ALVER KOMMUNE'],
    ['Voss herad', 'VOSS HERAD'],
    ['Nordland fylkeskommune', 'NORDLAND FYLKESKOMMUNE'],
    ['Bydel Frogner', 'BYDEL FROGNER'],
    ['bydel Gamle Oslo', 'BYDEL GAMLE OSLO'],
    ['Bydelsnes', 'BYDELSNES KOMMUNE'],
  ])('is drawn as written, with "kommune" only where the name does not say what it is: %s', (municipality, drawn) => {
    expect(
      layoutOverview(named(municipality), measurer, sceneExtras)
        .header.municipality.lines.map((l) => l.text)
        .join(' '),
    ).toBe(drawn);
  });
});
