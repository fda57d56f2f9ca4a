// Checks the built-in Alver template against its source document (shared/seeds). The source is
// a slide deck: the step list (top-down, step 13 first), a cost table per step and an OCR'd
// housing staircase (bustadtrapp) that came through with garbled words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, defaultTheme } from '@/model/defaults';
import { loadDocument } from '@/model/load';
import type { TrappDocument } from '@/model/types';
import { allIds, normalise } from './seedText';

const templatePath = resolve(process.cwd(), 'templates/alver.trapp.json');
const seedPath = resolve(process.cwd(), '../shared/seeds/004_f14d6e69da581ef5.txt');

const source = readFileSync(seedPath, 'utf8');
const flat = normalise(source);
const loaded = loadDocument(readFileSync(templatePath, 'utf8'));

function doc(): TrappDocument {
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.document;
}

/**
 * The step list of the source: "13 Bustad, og ..." lines, each followed by its subtitle line
 * ("- Barnebustad, ..."). Step 5's subtitle line runs into the band label "Jobb, aktivitet og
 * mestring" and step 4's number ("...rehabilitering Jobb, aktivitet \n\n og mestring4
 * Aktivitetstilbud"); that tangle is cut apart here the same way the template does.
 */
function sourceSteps(text: string): Map<number, { title: string; subtitle: string }> {
  const untangled = text.replace(
    /(rehabilitering) Jobb, aktivitet\s*\n\s*\n?og mestring(4) (Aktivitetstilbud)/,
    '$1\n\n$2 $3',
  );
  const lines = untangled.split('\n').map((l) => l.trim());
  const steps = new Map<number, { title: string; subtitle: string }>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d{1,2}) (\D.*)$/.exec(lines[i]!);
    if (!m) continue;
    const next = lines.slice(i + 1).find((l) => l !== '') ?? '';
    steps.set(Number(m[1]), { title: m[2]!.trim(), subtitle: next.replace(/^-\s*/, '').trim() });
  }
  return steps;
}

/**
 * The "Total kostnad 2021" row of the cost table (the line that follows the "trinn 1 ... trinn 13"
 * header), in 1000 kr with Norwegian digit grouping ("-63 778"). Every value lies between 1 000 and
 * 999 999 in size, so each is a leading group of 1-3 digits (with its sign) followed by one
 * 3-digit group. The OCR split one 3-digit group ("23 190" came out as "23 1 90"), so the parser
 * collects the tail of a value across tokens until it has exactly 3 digits.
 */
function parseTotals(text: string): number[] {
  const line = text.split('\n').find((l) => /^\s*Total kostnad 2021 -63 778/.test(l));
  if (!line) throw new Error('cost row not found');
  const tokens = line.trim().replace(/^Total kostnad 2021\s+/, '').split(/\s+/);
  const values: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i++]!;
    if (!/^-?\d{1,3}$/.test(head)) throw new Error(`unexpected token ${head}`);
    let tail = '';
    while (tail.length < 3) {
      const t = tokens[i++];
      if (t === undefined || !/^\d+$/.test(t)) throw new Error(`value ${head} has no 3-digit group`);
      tail += t;
    }
    if (tail.length !== 3) throw new Error(`value ${head} ${tail}: group too long`);
    const sign = head.startsWith('-') ? -1 : 1;
    values.push(sign * (Math.abs(Number(head)) * 1000 + Number(tail)));
  }
  return values;
}

/**
 * The "Kostnad pr stykk" row: "-" is a missing value; a number is a leading group of 1-3 digits,
 * followed by at most one 3-digit group when it is 1 000 or more ("1 160 648 34" is 1160, 648, 34).
 */
function parsePerUnit(text: string): (number | null)[] {
  const line = text.split('\n').find((l) => /^\s*Kostnad pr stykk /.test(l));
  if (!line) throw new Error('per-unit row not found');
  const tokens = line.trim().replace(/^Kostnad pr stykk\s+/, '').split(/\s+/);
  const values: (number | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '-') {
      values.push(null);
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined && /^\d{3}$/.test(next) && t.length <= 3) {
      values.push(Number(t) * 1000 + Number(next));
      i++;
    } else values.push(Number(t));
  }
  return values;
}

/** The OCR misreadings of the housing column titles, repaired (both passes of the table). */
const OCR_REPAIRS: [RegExp, string][] = [
  [/\bE igen\b/g, 'Eigen'],
  [/\bnaer\b/g, 'nær'],
  [/\bheildegns\b/g, 'heildøgns'],
  [/\bbemanniing\b/g, 'bemanning'],
  [/\bBustadgr\b/g, 'Bustader'],
];
const repaired = normalise(OCR_REPAIRS.reduce((s, [from, to]) => s.replace(from, to), source));

/**
 * OCR damage in the housing table, repaired using the better of the two passes of the table. Each
 * entry turns a misread in the source into the word the template uses.
 */
const CELL_REPAIRS: [RegExp, string][] = [
  ...OCR_REPAIRS,
  [/ordinaer/g, 'ordinær'],
  [/_elferdsbustader\?y/g, 'Velferdsbustader'],
  [/AeJ\.B\.ligheter/g, 'leiligheter'],
  [/gtleige/g, 'utleige'],
  [/nkelståande pustader/g, 'enkelståande bustader'],
  [/bustadmariknaden/g, 'bustadmarknaden'],
  [/oppflging/g, 'oppfølging'],
  [/per59nar/g, 'personar'],
  [/Bustadfor/g, 'Bustad for'],
  [/behovfor/g, 'behov for'],
  [/hattimebaserte/g, 'ha timebaserte'],
  [/tenester fr\b/g, 'tenester frå'],
  [/lgeige!/g, 'leige'],
  [/Huslei\.&,e|Hug!gige|bus\/ejge/g, 'Husleige'],
  [/ti!giengelgeg/g, 'tilgjengeleg'],
  [/\( e I d re \)-t-90 hah/g, '(eldre) + 90 hab'],
  [/Tot194\?/g, 'Tot 194?'],
  [/Pe·rsonelll/g, 'Personell'],
];

const HOUSING = [
  'Eigen bustad',
  'Kommunale bustader',
  'Bustader nær base',
  'Bustader med base',
  'Bustader med heildøgns bemanning',
  'Institusjon',
];

describe('templates/alver.trapp.json', () => {
  it('loads', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('describes Alver in nynorsk with the house defaults', () => {
    const d = doc();
    expect(d.meta).toMatchObject({ municipality: 'Alver', title: 'Aktivitets- og meistringstrapp', language: 'nn' });
    expect(flat).toContain(d.meta.title);
    expect(d.theme).toEqual(defaultTheme);
    // Subtitles are off: with the housing track and cost bars, 13 steps leave no room for them on A3.
    expect(d.layout).toEqual({ ...defaultLayout, showSubtitles: false });
    expect(d.page).toEqual({ size: 'A3', orientation: 'landscape' });
    expect(d.axis).toEqual({ label: '', start: 'Sjølvstende og eigenmeistring', end: 'Omfattande hjelpebehov' });
    const ids = [...allIds(d), ...d.bands.map((b) => b.id), ...d.charts.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the 13 steps of the source, in order, with a page each', () => {
    const d = doc();
    const src = sourceSteps(source);
    expect([...src.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(d.steps).toHaveLength(13);
    d.steps.forEach((step, i) => {
      expect(step.id).toBe(`step-${i + 1}`);
      expect(step.title).toBe(src.get(i + 1)!.title);
      expect(step.subtitle).toBe(src.get(i + 1)!.subtitle);
      expect(flat).toContain(normalise(step.title));
    });
    expect(d.steps[4]!.subtitle).toBe('Praktisk bistand, timebasert avlastning, og rehabilitering');
    expect(d.steps[3]!.title).toBe('Aktivitetstilbud');
    expect(d.pages.map((p) => p.id)).toEqual(['page-overview', ...d.steps.map((s) => `page-${s.id}`)]);
    expect(d.pages.filter((p) => p.kind === 'step').map((p) => p.stepId)).toEqual(d.steps.map((s) => s.id));
  });

  it('groups the steps in the four bands of the source', () => {
    const d = doc();
    expect(d.bands.map((b) => [b.firstStep, b.lastStep])).toEqual([
      ['step-1', 'step-3'],
      ['step-4', 'step-5'],
      ['step-6', 'step-9'],
      ['step-10', 'step-13'],
    ]);
    // The source spells the second band "mestring" once; the template uses the nynorsk "meistring".
    const labels = d.bands.map((b) => b.label);
    expect(labels).toEqual([
      'Førebygging og tidleg innsats',
      'Jobb, aktivitet og meistring',
      'Helsehjelp til heimebuande',
      'Omsorg og behandling ved alvorleg sjukdom og funksjonssvikt',
    ]);
    for (const label of labels) expect(flat).toContain(label.replace('meistring', 'mestring'));
  });

  it('takes the 13 total costs from the source cost table', () => {
    const d = doc();
    const totals = parseTotals(source);
    expect(totals).toHaveLength(13);
    // The first slide's bar labels are the same figures in millions ("-63 23 32 ..."): the leading
    // groups of the parsed values must appear there in order (confirms the "23 1 90" repair).
    const chartLine = source.split('\n').find((l) => /^\s*Total kostnad 2021 -63 23 /.test(l))!;
    const chartTokens = chartLine.trim().replace(/^Total kostnad 2021\s+/, '').split(/\s+/).map(Number);
    let at = 0;
    for (const v of totals) {
      const head = Math.trunc(v / 1000);
      at = chartTokens.indexOf(head, at);
      expect(at, `${head} in the chart labels`).toBeGreaterThanOrEqual(0);
      at++;
    }
    const figures = d.steps.map((s) => s.figures.filter((f) => f.kind === 'totalCost'));
    for (const f of figures) expect(f).toHaveLength(1);
    expect(figures.map((f) => f[0]!.value)).toEqual(totals);
    for (const f of figures) expect(f[0]).toMatchObject({ unit: '1000 kr', series: 'Rekneskap 2021' });
    expect(d.charts).toEqual([
      { id: 'chart-total-cost', kind: 'figureBars', title: 'Total kostnad 2021 (1000 kr)', figure: 'totalCost', series: 'Rekneskap 2021' },
    ]);
  });

  it('takes the cost per unit from the source, a dash as a missing value', () => {
    const d = doc();
    const perUnit = parsePerUnit(source);
    expect(perUnit).toEqual([null, 1160, 648, 34, null, null, null, null, null, 2514, 5296, null, null]);
    const figures = d.steps.map((s) => s.figures.filter((f) => f.kind === 'costPerUser'));
    for (const f of figures) expect(f).toHaveLength(1);
    expect(figures.map((f) => f[0]!.value)).toEqual(perUnit);
    for (const f of figures) expect(f[0]).toMatchObject({ unit: '1000 kr', series: 'Rekneskap 2021' });
  });

  it('draws the bustadtrapp: six housing types from the source, in order, over ordered step ranges', () => {
    const d = doc();
    expect(d.tracks).toHaveLength(1);
    const track = d.tracks[0]!;
    expect(track).toMatchObject({
      id: 'track-housing',
      title: 'Bustadtrapp',
      position: 'below',
      axis: { start: 'Sjølvstende og eigenmeistring', end: 'Omfattande hjelpebehov' },
    });
    expect(flat).toContain(track.title);
    expect(track.columns.map((c) => c.title)).toEqual(HOUSING);
    for (const title of HOUSING) expect(repaired, title).toContain(title);

    const index = (id: string) => d.steps.findIndex((s) => s.id === id);
    let previousLast = -1;
    for (const c of track.columns) {
      const a = index(c.firstStep);
      const b = index(c.lastStep);
      expect(a, c.id).toBeGreaterThanOrEqual(0);
      expect(b, c.id).toBeGreaterThanOrEqual(a);
      expect(a, `${c.id} starts after the previous column`).toBeGreaterThan(previousLast);
      previousLast = b;
    }
    // The anchors that the step titles make certain.
    const byTitle = new Map(track.columns.map((c) => [c.title, c]));
    expect(byTitle.get('Bustader med base')).toMatchObject({ firstStep: 'step-9', lastStep: 'step-9' });
    expect(byTitle.get('Bustader med heildøgns bemanning')).toMatchObject({ firstStep: 'step-10', lastStep: 'step-10' });
    expect(byTitle.get('Institusjon')).toMatchObject({ firstStep: 'step-11', lastStep: 'step-13' });
    expect(byTitle.get('Eigen bustad')!.firstStep).toBe('step-1');
  });

  it('fills the housing cells only with text that is in the source', () => {
    const track = doc().tracks[0]!;
    const rowIds = track.rows.map((r) => r.id);
    expect(rowIds).toEqual(['row-description', 'row-services', 'row-payment', 'row-count']);
    // Row labels that survived the OCR: "Beskriving av bustadtype og målgrnppe{r)", "Jenester,".
    expect(track.rows.map((r) => r.label)).toEqual(['Beskriving av bustadtype og målgruppe(r)', 'Tenester', 'Betaling', 'Tal']);
    expect(flat).toContain('Beskriving av bustadtype og');
    // Every word of every cell, after the OCR repairs of the test (below), is a word of the source.
    const sourceWords = new Set(normalise(CELL_REPAIRS.reduce((s, [f, t]) => s.replace(f, t), source)).toLowerCase().split(/[\s,.;:()/{}+=-]+/));
    for (const c of track.columns) {
      for (const key of Object.keys(c.cells)) expect(rowIds, `${c.id}.${key}`).toContain(key);
      for (const [key, text] of Object.entries(c.cells)) {
        const words = text.toLowerCase().split(/[\s,.;:()/{}+=-]+/).filter((w) => w !== '' && w !== '…');
        for (const w of words) expect(sourceWords, `${c.id}.${key}: "${w}"`).toContain(w);
      }
    }
    const description = (i: number) => track.columns[i]!.cells['row-description'] ?? '';
    expect(description(0)).toBe('Bur i eigen bustad');
    expect(description(5)).toBe('Bustad for personar som har behov for behandling og tenester heile døgnet');
  });
});
