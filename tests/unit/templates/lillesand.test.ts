// Checks the built-in Lillesand template against its source document (shared/seeds).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, defaultTheme } from '@/model/defaults';
import { loadDocument } from '@/model/load';
import type { Item, Step, TrappDocument } from '@/model/types';

const templatePath = resolve(process.cwd(), 'templates/lillesand.trapp.json');
const seedPath = resolve(process.cwd(), '../shared/seeds/002_cdda1814bd3258dd.txt');

const LINK = /\[((?:\\.|[^\]\\])*)\]\(#\)/g;
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
const stripLinks = (s: string) => s.replace(LINK, (_, t: string) => unescape(t));
const linksOf = (s: string) => [...s.matchAll(LINK)].map((m) => unescape(m[1]!));

type SourceStep = { number: number; titles: string[]; bullets: string[]; links: string[] };

/**
 * Splits the source at its "Trinn N – title" headings. Each step appears twice (overview page
 * and detail page). The first line after a heading, when it is a bullet, is the subtitle; every
 * other "- " line is an item (commitment or service).
 */
function readSource(text: string): SourceStep[] {
  const lines = text.split('\n').map((l) => l.trim());
  const steps = new Map<number, SourceStep>();
  let current: SourceStep | undefined;
  let afterHeading = false;
  for (const line of lines) {
    const heading = /^Trinn (\d+) [–-] (.+)$/.exec(line);
    if (heading) {
      const number = Number(heading[1]);
      current = steps.get(number) ?? { number, titles: [], bullets: [], links: [] };
      steps.set(number, current);
      current.titles.push(heading[2]!.trim());
      afterHeading = true;
      continue;
    }
    if (!current || line === '') continue;
    if (line.startsWith('- ')) {
      if (!afterHeading) {
        current.bullets.push(stripLinks(line.slice(2)));
        current.links.push(...linksOf(line));
      }
    }
    afterHeading = false;
  }
  return [...steps.values()].sort((a, b) => a.number - b.number);
}

function allItems(step: Step): Item[] {
  const out: Item[] = [];
  const add = (item: Item) => {
    out.push(item);
    for (const child of item.items ?? []) out.push(child);
  };
  step.commitments.items.forEach(add);
  step.sections.forEach((section) => section.items.forEach(add));
  return out;
}

const source = readFileSync(seedPath, 'utf8');
const sourceSteps = readSource(source);
const loaded = loadDocument(readFileSync(templatePath, 'utf8'));

function doc(): TrappDocument {
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.document;
}

describe('templates/lillesand.trapp.json', () => {
  it('loads', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('reads the source as 12 steps with items and links', () => {
    expect(sourceSteps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const s of sourceSteps) {
      expect(s.bullets.length).toBeGreaterThan(0);
      for (const b of s.bullets) expect(b).not.toMatch(/\]\(|\[/);
    }
    expect(sourceSteps.flatMap((s) => s.links).length).toBeGreaterThan(40);
  });

  it('has the meta, page and pages asked for', () => {
    const d = doc();
    expect(d.meta).toMatchObject({
      municipality: 'Lillesand',
      title: 'Helhetlig tverrsektoriell innsatstrapp 2025',
      language: 'nb',
      year: 2025,
      footnote: '',
    });
    expect(source).toContain(d.meta.title);
    expect(d.page).toEqual({ size: 'A3', orientation: 'landscape' });
    expect(d.theme).toEqual(defaultTheme);
    expect(d.layout).toEqual(defaultLayout);
    expect(d.axis).toEqual({ label: 'Grad av inngripen', start: '', end: '' });
    expect(d.pages.map((p) => p.id)).toEqual(['page-overview', ...d.steps.map((s) => `page-${s.id}`)]);
    expect(d.pages.slice(1).map((p) => p.stepId)).toEqual(d.steps.map((s) => s.id));
  });

  it('has 12 steps whose titles, subtitles and visions come from the source', () => {
    const d = doc();
    expect(d.steps).toHaveLength(12);
    d.steps.forEach((step, i) => {
      expect(sourceSteps[i]!.titles).toContain(step.title);
      expect(step.subtitle).not.toBe('');
      expect(source).toContain(step.subtitle);
      expect(step.vision).not.toBe('');
      expect(step.commitments.heading).not.toBe('');
      expect(source).toContain(step.commitments.heading);
    });
  });

  it('has bands for steps 1-4, 5-9 and 10-12 labelled in the source words', () => {
    const d = doc();
    expect(d.bands.map((b) => [b.firstStep, b.lastStep])).toEqual([
      ['step-1', 'step-4'],
      ['step-5', 'step-9'],
      ['step-10', 'step-12'],
    ]);
    for (const b of d.bands) expect(source.toLowerCase()).toContain(b.label.toLowerCase());
  });

  it('contains every bullet item of the source, in order, per step', () => {
    const d = doc();
    const templateTexts = new Set(d.steps.flatMap((s) => allItems(s).map((i) => i.text)));
    for (const s of sourceSteps) {
      for (const bullet of s.bullets) expect(templateTexts, `step ${s.number}: ${bullet}`).toContain(bullet);
      expect(allItems(d.steps[s.number - 1]!).map((i) => i.text)).toEqual(s.bullets);
    }
  });

  it('contains every link of the source as a link of some item, inside the item text', () => {
    const d = doc();
    const templateLinks = d.steps.flatMap((step) =>
      allItems(step).flatMap((item) => (item.links ?? []).map((link) => ({ step: step.id, item, link }))),
    );
    for (const { item, link } of templateLinks) {
      expect(item.text).toContain(link.text);
      expect(link.href).toBe('');
    }
    for (const s of sourceSteps) {
      const inStep = templateLinks.filter((l) => l.step === `step-${s.number}`).map((l) => l.link.text);
      expect(inStep, `step ${s.number}`).toEqual(s.links);
    }
  });

  it('uses unique ids', () => {
    const d = doc();
    const ids = [
      ...d.steps.flatMap((s) => [
        s.id,
        ...allItems(s).map((i) => i.id),
        ...s.sections.map((sec) => sec.id),
      ]),
      ...d.bands.map((b) => b.id),
      ...d.pages.map((p) => p.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
