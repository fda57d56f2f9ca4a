import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createFigureDocument } from '../../tests/unit/fixtures/issue3Documents';
import { overlaps } from '../../tests/unit/fixtures/boxes';
import type { TrappDocument } from '@/model/types';
import { buildOverviewScene } from '@/scene/overviewScene';
import { getFigureBarsTitle } from './figureBars';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();

/** Alver's 2021 costs, a 2040 scenario 10 % up on the first half and 20 % down on the rest, steps marked. */
function sampleDocument(direction: 'right' | 'left' = 'right'): TrappDocument {
  const doc = createFigureDocument();
  const steps = doc.steps.map((s, i) => {
    const base = s.figures[0]?.value;
    const figures =
      base === undefined || base === null
        ? s.figures
        : [
            ...s.figures,
            {
              id: `t${i}`,
              kind: 'totalCost' as const,
              value: Math.round(base * (i < 6 ? 1.1 : 0.8)),
              unit: '1000 kr',
              series: '2040',
            },
          ];
    return {
      ...s,
      figures,
      ...(i === 1
        ? { change: 'strengthen' as const }
        : i === 11
          ? { change: 'reduce' as const }
          : i === 8
            ? { change: 'develop' as const }
            : {}),
    };
  });
  return {
    ...doc,
    steps,
    layout: { ...doc.layout, direction, showChange: { figure: 'totalCost', from: '2021', to: '2040' } },
  };
}

const text = (block: { lines: { text: string }[] } | undefined) =>
  (block?.lines.map((l) => l.text).join(' ') ?? '').replace(/\u00a0/g, ' ');

describe('the change per step on the staircase', () => {
  it('writes the signed change beside each step that has both values, with an arrow its way', () => {
    const layout = layoutOverview(sampleDocument(), measurer, sceneExtras);
    const marks = layout.stepChanges!.marks;
    const byStep = (i: number) => marks.find((m) => m.stepId === layout.steps[i].stepId);
    expect(text(byStep(1)?.label)).toBe('+10 %');
    expect(text(byStep(11)?.label)).toBe('−20 %');
    // Step 9 has no figure and step 10 none known: no change to show, but 9 keeps its marker.
    expect(byStep(8)?.label).toBeUndefined();
    expect(byStep(8)?.marker).toBeDefined();
    expect(byStep(9)).toBeUndefined();
    expect(byStep(1)!.arrow!.segments).not.toEqual(byStep(11)!.arrow!.segments);
  });

  it('puts each mark beside its own step, inside the page, clear of every step block', () => {
    for (const direction of ['right', 'left'] as const) {
      const layout = layoutOverview(sampleDocument(direction), measurer, sceneExtras);
      for (const mark of layout.stepChanges!.marks) {
        const step = layout.steps.find((s) => s.stepId === mark.stepId)!;
        expect(mark.box.y + mark.box.h / 2).toBeCloseTo(step.y + step.h / 2, 0);
        expect(mark.box.x).toBeGreaterThanOrEqual(0);
        expect(mark.box.x + mark.box.w).toBeLessThanOrEqual(layout.width);
        for (const other of layout.steps)
          expect(overlaps(mark.box, other), `${direction}: mark of ${mark.stepId} over ${other.stepId}`).toBe(false);
      }
      const legend = layout.stepChanges!.legend!;
      for (const other of layout.steps)
        expect(overlaps(legend.box, other), `${direction}: legend over ${other.stepId}`).toBe(false);
    }
  });

  it('has a legend of the markers used and of the change, in the document’s language', () => {
    const layout = layoutOverview(sampleDocument(), measurer, sceneExtras);
    const legend = layout.stepChanges!.legend!.entries.map((e) => text(e.label));
    expect(legend).toEqual([
      'Skal styrkast',
      'Skal reduserast',
      'Manglar / må utviklast',
      'Endring i total kostnad, 2021 til 2040',
    ]);
    const bokmål = sampleDocument();
    const nb = layoutOverview({ ...bokmål, meta: { ...bokmål.meta, language: 'nb' } }, measurer, sceneExtras);
    expect(text(nb.stepChanges!.legend!.entries[0].label)).toBe('Skal styrkes');
  });

  it('draws marks as shapes in the scene, and nothing at all when nothing is asked for', () => {
    const doc = sampleDocument();
    const scene = buildOverviewScene(doc, layoutOverview(doc, measurer, sceneExtras), sceneExtras);
    const nodes = scene.nodes.filter((n) => n.ref.kind === 'stepChange');
    expect(nodes.map((n) => n.ref.id)).toContain('legend');
    expect(nodes.find((n) => n.ref.id === doc.steps[1].id)!.primitives.map((p) => p.kind)).toEqual([
      'path',
      'path',
      'text',
    ]);
    const plain = createFigureDocument();
    expect(layoutOverview(plain, measurer, sceneExtras).stepChanges).toBeUndefined();
  });
});

describe('a figure chart with a compared series', () => {
  const doc = sampleDocument();
  const compared = {
    ...doc,
    charts: doc.charts.map((c) => (c.kind === 'figureBars' ? { ...c, compareSeries: '2040' } : c)),
  };
  const chart = layoutOverview(compared, measurer, sceneExtras).figureBars[0];

  it('draws two bars per step side by side in different tones, on one scale', () => {
    expect(chart.compare).toHaveLength(13);
    const [a, b] = [chart.bars[5], chart.compare![5]];
    expect(a.bar!.x + a.bar!.w).toBeLessThanOrEqual(b.bar!.x);
    expect(a.fill).not.toBe(b.fill);
    expect(b.bar!.h / a.bar!.h).toBeCloseTo(Math.round(182718 * 1.1) / 182718, 3);
    expect(text(b.label)).toBe('200 990');
  });

  it('names both series in a legend and keeps every value label apart', () => {
    expect(chart.legend!.map((e) => text(e.label))).toEqual(['2021', '2040']);
    chart.bars.forEach((bar, i) => expect(overlaps(bar.label.box, chart.compare![i].label.box)).toBe(false));
  });

  it('does not claim one year in its title when two are shown: the figure’s name, its unit under it', () => {
    expect(compared.charts.find((c) => c.kind === 'figureBars')?.title).toBe('Total kostnad 2021');
    expect(text(chart.title)).toBe('Total kostnad');
    expect(text(chart.unit!)).toBe('1000 kr');
    expect(text(layoutOverview(doc, measurer, sceneExtras).figureBars[0].title)).toBe('Total kostnad 2021');
  });
});

describe('the title of a compared figure chart', () => {
  const doc = sampleDocument();
  const chart = doc.charts.find((c) => c.kind === 'figureBars')!;
  if (chart.kind !== 'figureBars') throw new Error('figure chart');
  const compared = { ...chart, compareSeries: '2040' };
  it.each([
    ['Total kostnad 2021 (1000 kr)', 'nn', 'Total kostnad'],
    ['Kostnad, Rekneskap 2021', 'nb', 'Total kostnad'],
    ['', 'nn', 'Total kostnad'],
    ['Netto driftsutgifter per trinn', 'nn', 'Netto driftsutgifter per trinn'],
  ] as const)('%j in %s is drawn as %j', (title, language, drawn) => {
    expect(getFigureBarsTitle({ ...doc, meta: { ...doc.meta, language } }, { ...compared, title })).toBe(drawn);
  });
  it('keeps any title when only one series is shown', () => {
    expect(getFigureBarsTitle(doc, { ...chart, title: 'Total kostnad 2021 (1000 kr)' })).toBe(
      'Total kostnad 2021 (1000 kr)',
    );
  });
});
