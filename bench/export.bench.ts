// Vector PDF time and size for the Alver template: the A3 overview, and every page.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { loadDocument } from '@/model/load';
import { getNodeSceneContext } from '../export/nodeContext';
import { readShippedFontBytes } from '../export/nodeFonts';
import type { PageChoice } from '../export/options';
import { renderPdf } from '../export/pdf';

export async function benchPdf(runs = 15) {
  const result = loadDocument(readFileSync(new URL('../templates/alver.trapp.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('templates/alver.trapp.json does not load');
  const document = result.document;
  const context = getNodeSceneContext();
  const fonts = readShippedFontBytes();
  const measure = async (pages: PageChoice) => {
    const make = () =>
      renderPdf({
        document,
        context,
        fonts,
        options: { paper: { size: 'A3', orientation: 'landscape' }, pages, marginMm: 0, bleedMm: 0, cropMarks: false },
      });
    const first = performance.now();
    const bytes = await make();
    const cold = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await make();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { cold, median: times[Math.floor(runs / 2)], bytes: bytes.length };
  };
  return { overview: await measure('overview'), all: await measure('all') };
}
