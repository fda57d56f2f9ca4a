// Checks the built-in Gausdal template against its source, a strategy document ("vegvalg") that
// describes a five-step mestringstrapp in running text and lists the municipality's services by
// function in a table ("Helse- og omsorgstjenester i Gausdal kommune").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, defaultTheme } from '@/model/defaults';
import { loadDocument } from '@/model/load';
import type { Item, TrappDocument } from '@/model/types';
import { allIds, normalise } from './seedText';

const templatePath = resolve(process.cwd(), 'templates/gausdal.trapp.json');
const seedPath = resolve(process.cwd(), '../shared/seeds/003_1ca458ef494240c9.txt');

/**
 * This extraction broke Calibri's t-ligatures into single glyphs that seedText's `normalise` does
 * not all know, or reads differently: "DeƩe" (Dette), "Reƪerdig" (Rettferdig), "nyƫg" (nyttig),
 * "uƞordringer" (utfordringer). They are repaired here first; `normalise` then does the rest
 * ("Ɵl" til, "bærekraŌ" bærekraft).
 */
const T_LIGATURES: Record<string, string> = { Ʃ: 'tt', ƪ: 'ttf', ƫ: 'tti', ƞ: 'tf' };
const repairLigatures = (text: string) => text.replace(/[Ʃƪƫƞ]/g, (c) => T_LIGATURES[c] ?? c);

const source = repairLigatures(readFileSync(seedPath, 'utf8'));
const flat = normalise(source);
const flatLower = flat.toLowerCase();
const loaded = loadDocument(readFileSync(templatePath, 'utf8'));

function doc(): TrappDocument {
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.document;
}

/** The services table: from its caption to the sentence after it. */
function serviceTable(text: string): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trim() === 'Helse- og omsorgstjenester i Gausdal kommune');
  const to = lines.findIndex((l, i) => i > from && l.includes('Gausdal er med i de interkommunale'));
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  return lines.slice(from + 1, to).map((l) => l.replace(/\u00a0/g, ' ').trim());
}

/** Lines of the table that start a service: a bullet glyph (U+F0B7 after extraction) or "N. ". */
function serviceStarts(table: string[]): string[] {
  const out: string[] = [];
  for (const line of table) {
    const m = /^(?:\uf0b7|\d+\.)\s+(.+)$/.exec(line);
    if (m) out.push(normalise(m[1]!));
  }
  return out;
}

const FUNCTIONS = [
  'Tildeling og koordinering',
  'Rehabiliteringstjenester',
  'Tjenester i hjemmet',
  'Institusjonstjenester',
  'Dag- og aktivitetstilbud',
  'Bofellesskap og omsorgsboliger',
  'Lege- og helsestasjonstjenester',
  'Andre tjenester',
];

function items(d: TrappDocument): Item[] {
  const out: Item[] = [];
  for (const step of d.steps)
    for (const section of step.sections)
      for (const item of section.items) {
        out.push(item);
        out.push(...(item.items ?? []));
      }
  return out;
}

describe('templates/gausdal.trapp.json', () => {
  it('loads', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('describes Gausdal with the house defaults and a quoted intro', () => {
    const d = doc();
    expect(d.meta).toMatchObject({ municipality: 'Gausdal', title: 'Mestringstrapp', language: 'nb', year: null, footnote: '' });
    expect(d.meta.intro).toMatch(/^En mestringstrapp er en modell/);
    expect(flat).toContain(normalise(d.meta.intro));
    expect(d.theme).toEqual(defaultTheme);
    expect(d.layout).toEqual(defaultLayout);
    expect(d.page).toEqual({ size: 'A3', orientation: 'landscape' });
    expect(d.axis).toEqual({ label: '', start: '', end: '' });
    expect(d.bands).toEqual([]);
    expect(d.tracks).toEqual([]);
    const ids = [...allIds(d), ...d.charts.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the five steps of the source, titled and described in its own words', () => {
    const d = doc();
    // The source names the steps "trinn 1" to "trinn 5" and no further.
    const numbers = new Set([...flat.matchAll(/[Tt]rinn (\d+)/g)].map((m) => Number(m[1])));
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(d.steps).toHaveLength(5);
    d.steps.forEach((step, i) => {
      expect(step.id).toBe(`step-${i + 1}`);
      expect(step.title).not.toBe('');
      expect(flatLower, step.title).toContain(normalise(step.title).toLowerCase());
      expect(step.vision).toMatch(new RegExp(`[Tt]rinn (?:\\d, )*(?:\\d og )?${i + 1}\\b`));
      expect(flat, step.id).toContain(normalise(step.vision));
    });
    expect(d.pages.map((p) => p.id)).toEqual(['page-overview', ...d.steps.map((s) => `page-${s.id}`)]);
    expect(d.pages.filter((p) => p.kind === 'step').map((p) => p.stepId)).toEqual(d.steps.map((s) => s.id));
  });

  it('draws the mestringstrapp: columns falling, curve rising, two bars under every step', () => {
    const d = doc();
    expect(d.charts).toHaveLength(1);
    const chart = d.charts[0]!;
    if (chart.kind !== 'mastery') throw new Error('expected a mastery chart');
    expect(chart.showValues).toBe(false);
    expect(chart.curve).toBe('smooth');
    for (const label of [chart.title, chart.columnLabel, chart.curveLabel, chart.arrowLabel])
      expect(flatLower).toContain(label.toLowerCase());
    const values = d.steps.map((s) => chart.values[s.id]);
    for (const v of values) expect(v).toBeDefined();
    expect(Object.keys(chart.values)).toHaveLength(5);
    for (let i = 1; i < values.length; i++) {
      expect(values[i]!.column, `column at step ${i + 1}`).toBeLessThan(values[i - 1]!.column);
      expect(values[i]!.curve, `curve at step ${i + 1}`).toBeGreaterThan(values[i - 1]!.curve);
    }
    // The curve crosses into the columns: low need above high mastery at step 1, the reverse at step 5.
    expect(values[0]!.curve).toBeLessThan(values[0]!.column);
    expect(values[4]!.curve).toBeGreaterThan(values[4]!.column);
    expect(chart.bars.map((b) => b.label)).toEqual(['Helsefremmende og forebyggende tiltak', 'Hjelpemidler og velferdsteknologi']);
    for (const bar of chart.bars) {
      expect(flatLower).toContain(bar.label.toLowerCase());
      expect([bar.firstStep, bar.lastStep]).toEqual(['step-1', 'step-5']);
    }
  });

  it('places every service of the function table on a step, as an example under its function', () => {
    const d = doc();
    const table = serviceTable(source);
    const tableFlat = normalise(table.join('\n'));
    for (const f of FUNCTIONS) expect(table, f).toContain(f);

    const all = items(d);
    for (const item of all) {
      expect(item.example, item.id).toBe(true);
      expect(tableFlat, item.id).toContain(normalise(item.text));
    }
    for (const step of d.steps) for (const s of step.sections) expect(FUNCTIONS, s.id).toContain(s.heading);

    // Every service that starts a line in the table begins one item (nothing left out, once each).
    const starts = serviceStarts(table);
    expect(starts.length).toBe(45);
    // Each item belongs to the longest line start it begins with ("Praktisk bistand opplæring" is
    // not a second "Praktisk bistand").
    const owner = (text: string) =>
      starts.filter((s) => text.startsWith(s)).sort((a, b) => b.length - a.length)[0];
    const owners = all.filter((i) => !i.items?.length).map((i) => owner(normalise(i.text)));
    for (const start of starts) expect(owners.filter((o) => o === start), start).toHaveLength(1);
    // Sub-group labels of "Bofellesskap og omsorgsboliger" are parents of their places.
    const groups = all.filter((i) => (i.items ?? []).length > 0).map((i) => [i.text, i.items!.length]);
    expect(groups).toEqual([
      ['For personer med behov for tilrettelagte tjenester:', 3],
      ['For voksne og eldre:', 4],
    ]);
    expect(all).toHaveLength(starts.length + 2);
  });

  it('puts the services on the steps the text gives them', () => {
    const d = doc();
    const onStep = (n: number) => items({ ...d, steps: [d.steps[n - 1]!] }).map((i) => i.text);
    expect(onStep(1)).toEqual([]); // "klarer innbyggeren seg selv, og mottar ikke kommunale tjenester"
    expect(onStep(2)).toContain('Frisklivssentralen Lillehammer, Øyer og Gausdal'); // named for trinn 2
    expect(onStep(2).some((t) => t.startsWith('Psykisk helse- og familieteam'))).toBe(true); // "familieteamet"
    expect(onStep(3)).toContain('Praktisk bistand'); // "hjelp til praktiske oppgaver (trinn 3 ...)"
    expect(onStep(5)).toContain('Follebutunet'); // "Sykehjem utgjør det øverste nivået"
  });
});
