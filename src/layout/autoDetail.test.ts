// The automatic detail level on trapps whose content nobody shaped for the layout (A3 landscape).
import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { getDetail, getDetailChange } from '@/model/layoutOptions';
import { loadTemplates } from '../../export/testing/templates';
import type { TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import {
  createCrowdedStep,
  createFiveShortTitles,
  crowdedStepServices,
  createLongTitles,
  createSevenStepServices,
  createThreeSteps,
  createTwelveLongServices,
  sevenStepServices,
  unshapedTrapps,
} from '../../tests/unit/fixtures/unshapedTrapps';
import { layoutOverview, type OverviewLayout } from './overview';
import { getReadableMinimum } from './stepTexts';

const measurer = getNodeMeasurer();

/** The empty band between the heading and the highest step, as a share of the page height. */
function getEmptyBand(layout: OverviewLayout): number {
  const headingBottom = layout.header.box.y + layout.header.box.h;
  const top = Math.min(...layout.steps.map((step) => Math.min(step.y, step.title.box.y)));
  return (top - headingBottom) / layout.height;
}

/** The services a step draws, without bullets (one cut short ends in "…"), and its "+ N til" if it has one. */
function getDrawn(layout: OverviewLayout, index: number) {
  const lines = (layout.steps[index].services?.lines ?? []).flatMap((line) =>
    line.text.replace(/^•\u00a0/, '').split(/ {2}(?=\+ \d+ til$)/),
  );
  return {
    services: lines.filter((line) => !/^\+ \d+ til$/.test(line)),
    more: lines.find((line) => /^\+ \d+ til$/.test(line)),
  };
}

/** Drawn services match the step's first services, the last perhaps cut short with an ellipsis. */
const isShownAs = (drawn: string, service: string) =>
  drawn === service || (drawn.endsWith('…') && service.startsWith(drawn.slice(0, -1)));

/** Every text of every step whole and inside the step's box. */
function expectInsideSteps(layout: OverviewLayout) {
  expect(layout.overflows).toEqual([]);
  for (const step of layout.steps) {
    for (const block of [step.title, step.services, step.subtitle]) {
      if (!block) continue;
      expect(block.box.y).toBeGreaterThanOrEqual(step.y - 0.01);
      expect(block.box.y + block.box.h).toBeLessThanOrEqual(step.y + step.h + 0.01);
      expect(block.box.x).toBeGreaterThanOrEqual(step.x - 0.01);
      expect(block.box.x + block.box.w).toBeLessThanOrEqual(step.x + step.w + 0.01);
    }
  }
}

const withDetail = (doc: TrappDocument, detail: Parameters<typeof getDetailChange>[0]) => ({
  ...doc,
  layout: { ...doc.layout, ...getDetailChange(detail) },
});

describe('the automatic detail level', () => {
  it('is the level of a new document; a file that stores a level (the templates, by showSubtitles) keeps it', () => {
    expect(createFiveShortTitles().layout.detail).toBe('auto');
    for (const { document } of loadTemplates()) expect(getDetail(document.layout)).not.toBe('auto');
  });

  it('grows five short titles to 18 pt or more and leaves no empty band over 15 % of the sheet', () => {
    const layout = layoutOverview(createFiveShortTitles(), measurer, sceneExtras);
    expect(Math.min(...layout.steps.map((step) => step.title.size))).toBeGreaterThanOrEqual(18);
    expect(getEmptyBand(layout)).toBeLessThanOrEqual(0.15);
    // The number stays the largest text of each step.
    for (const step of layout.steps) expect(step.numberText.size).toBeGreaterThan(step.title.size);
  });

  it('was needed: the same trapp at the manual titles level has 16 pt titles under a band of a fifth of the sheet', () => {
    const layout = layoutOverview(withDetail(createFiveShortTitles(), 'titles'), measurer, sceneExtras);
    expect(Math.max(...layout.steps.map((step) => step.title.size))).toBeLessThan(18);
    expect(getEmptyBand(layout)).toBeGreaterThan(0.15);
  });

  it('draws every one of 23 short services of seven steps, at a readable size', () => {
    const layout = layoutOverview(createSevenStepServices(), measurer, sceneExtras);
    expect(sevenStepServices.flatMap(([, services]) => services)).toHaveLength(23);
    sevenStepServices.forEach(([, services], index) => {
      const drawn = getDrawn(layout, index);
      expect(drawn.services).toEqual(services);
      expect(drawn.more).toBeUndefined();
      expect(layout.steps[index].services!.size).toBeGreaterThanOrEqual(getReadableMinimum(1));
    });
    expect(layout.leftOut).toEqual([]);
    expect(layout.overflows).toEqual([]);
  });

  it('draws all six services of a crowded step in two columns, wrapping the long ones, with its title as large as the others', () => {
    const layout = layoutOverview(createCrowdedStep(), measurer, sceneExtras);
    expect(layout.leftOut).toEqual([]);
    expectInsideSteps(layout);
    const crowded = layout.steps[2];
    const drawn = crowded.services!.lines.map((line) => line.text).join(' ');
    for (const service of crowdedStepServices[2][1]) expect(drawn.replace(/\u00a0/g, ' ')).toContain(service);
    // Two columns: the bullets stand at two x; a wrapped service goes on under its text, right of its bullet.
    const lines = crowded.services!.lines;
    const bullets = lines.filter((line) => line.text.startsWith('•'));
    expect(new Set(bullets.map((line) => Math.round(line.x))).size).toBe(2);
    const wrappedAt = lines.findIndex((line) => !line.text.startsWith('•'));
    expect(wrappedAt).toBeGreaterThan(0);
    expect(lines[wrappedAt].x).toBeGreaterThan(lines[wrappedAt - 1].x + 1);
    expect(crowded.services!.size).toBeGreaterThanOrEqual(getReadableMinimum(1) - 1e-9);
    expect(crowded.title.size).toBeGreaterThanOrEqual(0.9 * Math.max(...layout.steps.map((step) => step.title.size)));
  });

  it('shows "+ N til" on twelve steps with long services and names the services left to the step pages', () => {
    const doc = createTwelveLongServices();
    const layout = layoutOverview(doc, measurer, sceneExtras);
    expect(layout.overflows).toEqual([]);
    doc.steps.forEach((step, index) => {
      const all = step.sections.flatMap((section) => section.items.map((item) => item.text));
      const drawn = getDrawn(layout, index);
      const leftOut = layout.leftOut.find((o) => o.id === step.id);
      expect(leftOut).toMatchObject({ kind: 'step', field: 'servicesOnStepPage' });
      // What is drawn (whole, or the first cut short) and what is named make up every service, in order, and "+ N til" counts what is named.
      const named = leftOut!.texts!;
      expect(named).toEqual(all.slice(all.length - named.length));
      drawn.services.forEach((text, i) => expect(isShownAs(text, all[i])).toBe(true));
      expect(drawn.services.length + named.length).toBe(all.length);
      expect(drawn.more).toBe(`+ ${named.length} til`);
    });
  });

  it('says "+ N til" in the document’s language', () => {
    const layout = layoutOverview(createTwelveLongServices('nn'), measurer, sceneExtras);
    expect(getDrawn(layout, 0).more).toMatch(/^\+ \d+ til$/);
  });

  it('keeps every text whole and inside its step, whatever the content', () => {
    for (const make of Object.values(unshapedTrapps)) {
      const layout = layoutOverview(make(), measurer, sceneExtras);
      expectInsideSteps(layout);
      expect(getEmptyBand(layout)).toBeLessThanOrEqual(0.15);
    }
  });

  it.each([
    ['A4 portrait', { page: { size: 'A4', orientation: 'portrait' } }],
    ['16:9', { page: { size: '16:9', orientation: 'landscape' } }],
    ['as a list', { layout: { arrangement: 'list' } }],
    ['side by side', { layout: { stepHeights: 'equal' } }],
    ['leftward', { layout: { direction: 'left' } }],
  ] as const)('keeps every text whole and inside its step %s', (_, change) => {
    for (const make of Object.values(unshapedTrapps)) {
      const doc = make();
      const changed = {
        ...doc,
        ...('page' in change ? { page: change.page } : {}),
        layout: { ...doc.layout, ...('layout' in change ? change.layout : {}) },
      };
      expectInsideSteps(layoutOverview(changed, measurer, sceneExtras));
    }
  });

  it('shows the subtitle of a step without services, and long titles at a readable size', () => {
    const layout = layoutOverview(
      { ...createThreeSteps(), steps: createThreeSteps().steps.map((s) => ({ ...s, sections: [] })) },
      measurer,
      sceneExtras,
    );
    expect(layout.steps.every((step) => step.subtitle && !step.services)).toBe(true);
    const long = layoutOverview(createLongTitles(), measurer, sceneExtras);
    expect(Math.min(...long.steps.map((step) => step.title.size))).toBeGreaterThanOrEqual(12);
  });

  it('gives way to a manual level chosen as an override', () => {
    const layout = layoutOverview(withDetail(createSevenStepServices(), 'titles'), measurer, sceneExtras);
    expect(layout.steps.every((step) => !step.services && !step.subtitle)).toBe(true);
    expect(layout.leftOut).toEqual([]);
  });
});
