// Helpers for checking built-in templates against the plain-text seed documents in
// ../shared/seeds (outside the repo). The seeds are imperfect extractions: broken
// ligatures, lines broken mid-sentence, non-breaking spaces, stray spaces before
// punctuation. Both sides are normalised the same way before they are compared.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Item, TrappDocument } from '@/model/types';

const LIGATURES: Record<string, string> = {
  Ɵ: 'ti',
  Ō: 'ft',
  // In the Gausdal seed, ƫ stands for 'tti' and ƞ for 'tf' (nyƫg = nyttig, uƞordringer = utfordringer).
  ƫ: 'tti',
  ƞ: 'tf',
  Ʃ: 'tt',
  ƪ: 'ttf',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
};

export function readSeed(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../shared/seeds/${file}`, import.meta.url)), 'utf8');
}

export function readTemplate(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../templates/${file}`, import.meta.url)), 'utf8');
}

/** Repairs ligatures, joins lines, collapses whitespace; also mends "liv.Målet" and "hjem ." the same way on both sides. */
export function normalise(text: string): string {
  return text
    .replace(/[ƟŌƫƞﬀﬁﬂﬃﬄ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/(\d)- (\d)/g, '$1-$2') // "30-\n50 år": a range broken over two lines
    .replace(/ ([.,:;])/g, '$1')
    .replace(/\.(?=[A-ZÆØÅ])/g, '. ')
    .trim();
}

/** Step numbers of the "Trinn N -" headings, each number once, in order of first appearance. */
export function stepNumbers(source: string): number[] {
  const seen: number[] = [];
  for (const m of source.matchAll(/^\s*Trinn\s+(\d+)\s*[-–]/gm)) {
    const n = Number(m[1]);
    if (!seen.includes(n)) seen.push(n);
  }
  return seen;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True if the (normalised) source has "Trinn <n> - <title>", the title's first letter in either case. */
export function hasStepHeading(normalisedSource: string, n: number, title: string): boolean {
  const t = normalise(title);
  const first = t.charAt(0);
  const pattern = `Trinn ${n} ?[-–] ?[${escape(first.toLowerCase())}${escape(first.toUpperCase())}]${escape(t.slice(1))}`;
  return new RegExp(pattern).test(normalisedSource);
}

/**
 * Every bullet of the source ("• ..." and the nested "o ..."), joined with its continuation
 * lines: following lines, across blank lines, that start with a lower-case letter or a digit
 * (a new bullet, heading or page title starts with a bullet or a capital).
 */
export function sourceBullets(source: string): string[] {
  const lines = source.replace(/\u00a0/g, ' ').split('\n');
  const bullets: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:•|o)\s+(.*)$/.exec(lines[i]);
    if (!m) continue;
    let text = m[1].trim();
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < lines.length && lines[k].trim() === '') k++;
      if (k >= lines.length || !/^\s*[a-zæøå0-9«(]/.test(lines[k]) || /^\s*o\s/.test(lines[k])) break;
      text = `${text} ${lines[k].trim()}`;
      j = k + 1;
    }
    bullets.push(normalise(text));
    i = j - 1;
  }
  return bullets;
}

/** Every item text in the document (commitments and sections, nested items included), normalised. */
export function itemTexts(doc: TrappDocument): string[] {
  const out: string[] = [];
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      out.push(normalise(item.text));
      walk(item.items ?? []);
    }
  };
  for (const step of doc.steps) {
    walk(step.commitments.items);
    for (const section of step.sections) walk(section.items);
  }
  return out;
}

/** Every text field of the steps that must be copied from the source, normalised. */
export function stepTexts(doc: TrappDocument): string[] {
  const out: string[] = [];
  for (const step of doc.steps) {
    for (const t of [step.subtitle, step.vision, step.commitments.heading]) if (t !== '') out.push(normalise(t));
    for (const section of step.sections) out.push(normalise(section.heading));
  }
  return [...out, ...itemTexts(doc)];
}

/** The bullets of `wanted` that `have` holds fewer times than `wanted` does (a multiset difference). */
export function missingFrom(have: readonly string[], wanted: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const h of have) counts.set(h, (counts.get(h) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of wanted) {
    const n = counts.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else counts.set(w, n - 1);
  }
  return missing;
}

/** Every id in the document (steps, items, sections, figures, pages), in document order. */
export function allIds(doc: TrappDocument): string[] {
  const ids: string[] = [];
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      ids.push(item.id);
      walk(item.items ?? []);
    }
  };
  for (const step of doc.steps) {
    ids.push(step.id);
    walk(step.commitments.items);
    for (const section of step.sections) {
      ids.push(section.id);
      walk(section.items);
    }
    for (const figure of step.figures) ids.push(figure.id);
  }
  for (const page of doc.pages) ids.push(page.id);
  return ids;
}

/** The checks every step-by-step template shares: step count, titles from the source headings, no invented text. */
export function itMatchesSourceSteps(doc: TrappDocument, source: string, count: number): void {
  const flat = normalise(source);
  it('has as many steps as the source, with pages for each', () => {
    const numbers = stepNumbers(source);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(doc.steps).toHaveLength(numbers.length);
    expect(doc.steps).toHaveLength(count);
    expect(doc.pages.filter((p) => p.kind === 'step').map((p) => p.stepId)).toEqual(doc.steps.map((s) => s.id));
  });

  it('takes every step title from the source heading of that step', () => {
    doc.steps.forEach((step, i) => {
      expect(step.title, step.id).not.toMatch(/^Trinn/);
      expect(hasStepHeading(flat, i + 1, step.title), `${step.id}: ${step.title}`).toBe(true);
    });
  });

  it('copies every text from the source (nothing invented)', () => {
    for (const text of stepTexts(doc)) expect(flat).toContain(text);
  });
}
