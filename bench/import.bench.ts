// Import plus layout: a 13-step Markdown outline with 200 services read, imported into a document
// and its overview laid out and drawn, the work behind the preview of a paste.
import { sceneExtras } from '@/scene/sceneExtras';
import { importOutline } from '@/model/outline/importOutline';
import { readTextOutline } from '@/model/outline/readTextOutline';
import { buildOverview } from '@/scene/buildScene';
import { getNodeMeasurer } from '../export/nodeFonts';
import { median } from './layout.bench';

export function createBenchOutline(steps = 13, services = 200): string {
  const words =
    'Hjemmesykepleie praktisk bistand trygghetsalarm frisklivssentral dagsenter avlastning omsorgsbolig korttidsopphold'.split(
      ' ',
    );
  const lines = ['# Helhetlig innsatstrapp i Benkvik kommune', 'Trappa viser tjenestene fra minst til mest inngripen.'];
  let made = 0;
  for (let s = 0; s < steps; s++) {
    lines.push(
      `## Trinn ${s + 1}: ${words[s % words.length]} og ${words[(s + 3) % words.length]}`,
      'Tjenester som gis på dette trinnet.',
    );
    const count = Math.round(((s + 1) * services) / steps) - made;
    for (let i = 0; i < count; i++) {
      if (i % 6 === 0) lines.push(`### Seksjon ${i / 6 + 1}`);
      lines.push(
        `- ${words[(i + s) % words.length]} ${words[(i * 3 + s) % words.length]} for innbyggere ${made + i + 1}`,
      );
    }
    made += count;
  }
  return lines.join('\n');
}

export function benchImport(runs = 200) {
  const measurer = getNodeMeasurer();
  const text = createBenchOutline();
  let services = 0;
  const timing = median(() => {
    const result = importOutline(readTextOutline(text));
    if (!result.ok) throw new Error(`bench outline not imported: ${result.problem.code}`);
    services = result.report.services;
    buildOverview(result.document, measurer, sceneExtras);
  }, runs);
  return { ...timing, steps: 13, services };
}
