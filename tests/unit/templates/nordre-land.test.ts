import { describe, expect, it } from 'vitest';
import { defaultLayout, defaultTheme } from '@/model/defaults';
import { loadDocument } from '@/model/load';
import type { TrappDocument } from '@/model/types';
import { itMatchesSourceSteps, allIds, itemTexts, normalise, readSeed, readTemplate, missingFrom, sourceBullets } from './seedText';

const SEED = '000_c15afb3541408588.txt';
const source = readSeed(SEED);

/** Bullet lines of the source that are really section headings (judged from the list under them). */
const BULLETS_USED_AS_HEADINGS = ['Digitale- og tekniske løsninger'];

function load(): TrappDocument {
  const result = loadDocument(readTemplate('nordre-land.trapp.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.document;
}

describe('Nordre Land template', () => {
  const doc = load();

  it('loads and describes Nordre Land', () => {
    expect(doc.meta.municipality).toBe('Nordre Land');
    expect(doc.meta.language).toBe('nb');
  });

  itMatchesSourceSteps(doc, source, 12);

  it('keeps every bullet of the source as an item', () => {
    const items = itemTexts(doc);
    const headings = doc.steps.flatMap((s) => s.sections.map((sec) => normalise(sec.heading)));
    const bullets = sourceBullets(source);
    expect(bullets.length).toBeGreaterThan(250);
    const asHeadings = bullets.filter((b) => BULLETS_USED_AS_HEADINGS.includes(b));
    expect(missingFrom(headings, asHeadings)).toEqual([]);
    // counted, not just looked up: a bullet the source repeats must be repeated in the template
    expect(missingFrom(items, bullets.filter((b) => !BULLETS_USED_AS_HEADINGS.includes(b)))).toEqual([]);
  });

  it('has the figure placeholders of step 4, all without values', () => {
    expect(doc.steps[3].figures.map((f) => [f.kind, f.unit, f.value, f.series])).toEqual([
      ['recipients', '', null, ''],
      ['costShare', '%', null, ''],
      ['totalCost', 'mill. kr', null, ''],
    ]);
    for (const figure of doc.steps.flatMap((s) => s.figures)) expect(figure.value).toBeNull();
  });

  it('uses the house defaults and unique ids', () => {
    expect(doc.theme).toEqual(defaultTheme);
    expect(doc.layout).toEqual(defaultLayout);
    expect(doc.page).toEqual({ size: 'A3', orientation: 'landscape' });
    expect(doc.axis).toEqual({ label: 'Grad av inngripen', start: '', end: '' });
    expect(doc.meta.title).toBe('Helhetlig innsatstrapp');
    expect(doc.pages[0]).toEqual({ id: 'page-overview', kind: 'overview', elements: [] });
    const ids = allIds(doc);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
