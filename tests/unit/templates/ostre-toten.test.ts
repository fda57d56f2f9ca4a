import { describe, expect, it } from 'vitest';
import { defaultLayout, defaultTheme } from '@/model/defaults';
import { loadDocument } from '@/model/load';
import type { TrappDocument } from '@/model/types';
import { itMatchesSourceSteps, allIds, itemTexts, normalise, readSeed, readTemplate, missingFrom, sourceBullets } from './seedText';

const SEED = '001_eb3ea2167a15903c.txt';
const source = readSeed(SEED);
const flat = normalise(source);

function load(): TrappDocument {
  const result = loadDocument(readTemplate('ostre-toten.trapp.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.document;
}

describe('Østre Toten template', () => {
  const doc = load();

  it('loads and describes Østre Toten', () => {
    expect(doc.meta.municipality).toBe('Østre Toten');
    expect(doc.meta.language).toBe('nb');
    expect(flat).toContain(normalise(doc.meta.intro));
    expect(doc.meta.intro).toMatch(/liv\. Målet/);
  });

  itMatchesSourceSteps(doc, source, 11);

  it('keeps every bullet of the source as a subtitle or a commitment', () => {
    const subtitles = doc.steps.map((s) => normalise(s.subtitle));
    const items = itemTexts(doc);
    const bullets = sourceBullets(source);
    expect(bullets.length).toBeGreaterThan(40);
    expect(missingFrom([...subtitles, ...items], bullets)).toEqual([]);
  });

  it('keeps the unbulleted commitments of step 7', () => {
    const step7 = doc.steps[6];
    expect(step7.commitments.heading).toBe('Østre Toten kommune fatter vedtak som');
    expect(step7.commitments.items).toHaveLength(4);
  });

  it('puts the campaign text on step 6 as a callout', () => {
    const callout = doc.steps[5].callout ?? '';
    expect(callout.startsWith('Er hjemmet ditt klart til å ta vare på deg?')).toBe(true);
    expect(callout).toContain('Sammen får vi det til.');
    expect(flat).toContain(normalise(callout));
    expect(doc.steps.filter((s) => s.callout !== undefined)).toHaveLength(1);
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
