// Layout + scene time for a 13-step document with about 400 text items.
import { sceneExtras } from '@/scene/sceneExtras';
import { performance } from 'node:perf_hooks';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { readFileSync } from 'node:fs';
import { buildOverview, buildPage, getPages } from '@/scene/buildScene';
import { loadDocument } from '@/model/load';
import { createFigureFormatter } from '@/model/numbers';
import { getNodeMeasurer } from '../export/nodeFonts';

export function createBenchDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 13, language: 'nb' });
  const words =
    'Helsefremmende og forebyggende tilbud til innbyggere i alle aldre med råd, veiledning og møteplasser'.split(' ');
  const sentence = (n: number, length: number) =>
    Array.from({ length }, (_, i) => words[(n + i) % words.length]).join(' ');
  let count = 0;
  const steps = doc.steps.map((step, s) => ({
    ...step,
    title: sentence(s, 4),
    subtitle: sentence(s + 3, 6),
    vision: sentence(s + 1, 18),
    commitments: {
      heading: 'Kommunen:',
      items: Array.from({ length: 5 }, (_, i) => ({ id: `c${s}-${i}`, text: sentence(i + s, 12) })),
    },
    sections: Array.from({ length: 3 }, (_, k) => ({
      id: `s${s}-${k}`,
      heading: sentence(k, 3),
      items: Array.from({ length: 8 }, (_, i) => ({
        id: `s${s}-${k}-${i}`,
        text: sentence(i * 7 + k + s, 6 + (i % 5)),
      })),
    })),
  }));
  for (const step of steps)
    count += 3 + step.commitments.items.length + step.sections.reduce((n, sec) => n + 1 + sec.items.length, 0);
  const pages: TrappDocument['pages'] = [
    ...doc.pages,
    ...steps.map((step) => ({ id: `page-${step.id}`, kind: 'step' as const, stepId: step.id, elements: [] })),
  ];
  return {
    ...doc,
    steps,
    pages,
    bands: [{ id: 'b1', label: 'Uten vedtak', firstStep: steps[0].id, lastStep: steps[3].id }],
    meta: { ...doc.meta, intro: sentence(2, 30), textItems: count } as TrappDocument['meta'],
  };
}

export function median(run: (i: number) => void, runs: number) {
  for (let i = 0; i < 30; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, median: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}

/** One edit's worth of work: a fresh document object (one step's title changed), laid out and drawn. */
function edited(doc: TrappDocument, i: number): TrappDocument {
  return {
    ...doc,
    steps: doc.steps.map((step, s) => (s === i % doc.steps.length ? { ...step, title: `${step.title} ${i}` } : step)),
  };
}

export function benchLayout(runs = 300) {
  const measurer = getNodeMeasurer();
  const doc = createBenchDocument();
  const textItems = (doc.meta as unknown as { textItems: number }).textItems;
  const context = { measurer, formatFigure: createFigureFormatter((f) => f.kind), extras: sceneExtras };
  const overview = median((i) => buildOverview(edited(doc, i), measurer, sceneExtras), runs);
  // Every page at once (overview and the 13 step pages with all 400-odd items), as an all-pages export does.
  const allPages = median(
    (i) => {
      const d = edited(doc, i);
      for (const page of getPages(d)) buildPage(d, page, context);
    },
    Math.round(runs / 5),
  );
  const alverDoc = loadTemplate('alver');
  const alver = median((i) => buildOverview(edited(alverDoc, i), measurer, sceneExtras), runs);
  return { textItems, overview, allPages, alver };
}

function loadTemplate(id: string): TrappDocument {
  const result = loadDocument(readFileSync(new URL(`../templates/${id}.trapp.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`template ${id} does not load`);
  return result.document;
}
