// Layout + scene time for a 13-step document with about 400 text items.
import { performance } from 'node:perf_hooks';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { buildOverview } from '@/scene/buildScene';
import { getNodeMeasurer } from '../export/nodeFonts';

export function createBenchDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 13, language: 'nb' });
  const words = 'Helsefremmende og forebyggende tilbud til innbyggere i alle aldre med råd, veiledning og møteplasser'.split(' ');
  const sentence = (n: number, length: number) => Array.from({ length }, (_, i) => words[(n + i) % words.length]).join(' ');
  let count = 0;
  const steps = doc.steps.map((step, s) => ({
    ...step,
    title: sentence(s, 4),
    subtitle: sentence(s + 3, 6),
    vision: sentence(s + 1, 18),
    commitments: { heading: 'Kommunen:', items: Array.from({ length: 5 }, (_, i) => ({ id: `c${s}-${i}`, text: sentence(i + s, 12) })) },
    sections: Array.from({ length: 3 }, (_, k) => ({
      id: `s${s}-${k}`,
      heading: sentence(k, 3),
      items: Array.from({ length: 8 }, (_, i) => ({ id: `s${s}-${k}-${i}`, text: sentence(i * 7 + k + s, 6 + (i % 5)) })),
    })),
  }));
  for (const step of steps) count += 3 + step.commitments.items.length + step.sections.reduce((n, sec) => n + 1 + sec.items.length, 0);
  return { ...doc, steps, bands: [{ id: 'b1', label: 'Uten vedtak', firstStep: steps[0].id, lastStep: steps[3].id }], meta: { ...doc.meta, intro: sentence(2, 30), textItems: count } as TrappDocument['meta'] };
}

export function benchLayout(runs = 300) {
  const measurer = getNodeMeasurer();
  const doc = createBenchDocument();
  const textItems = (doc.meta as unknown as { textItems: number }).textItems;
  for (let i = 0; i < 30; i++) buildOverview({ ...doc, steps: [...doc.steps] }, measurer);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh document object each run, as after an edit; the text width cache stays warm as in the editor.
    const edited = { ...doc, steps: doc.steps.map((step, s) => (s === i % 13 ? { ...step, title: `${step.title} ${i}` } : step)) };
    const start = performance.now();
    buildOverview(edited, measurer);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { textItems, runs, median: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}
