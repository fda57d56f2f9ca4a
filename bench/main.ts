import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchLayout } from './layout.bench';
import { measureFirstLoad } from './bundle';
import { benchPdf } from './export.bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const layout = benchLayout();
const pdf = await benchPdf();
await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
const bundle = measureFirstLoad(`${root}/dist`);

const lines = [
  `# Benchmarks (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.arch})`,
  '',
  `Layout + scene of the overview, 13 steps, ${layout.textItems} text items: median ${layout.overview.median.toFixed(2)} ms, p95 ${layout.overview.p95.toFixed(2)} ms (target < 5 ms)`,
  `Layout + scene of every page (overview + 13 step pages with all ${layout.textItems} text items): median ${layout.allPages.median.toFixed(2)} ms, p95 ${layout.allPages.p95.toFixed(2)} ms`,
  `Layout + scene of Alver's overview (13 steps, bands, housing track, cost bars): median ${layout.alver.median.toFixed(2)} ms, p95 ${layout.alver.p95.toFixed(2)} ms (target < 5 ms)`,
  `Vector PDF, Alver, A3 overview: median ${pdf.overview.median.toFixed(0)} ms (first run ${pdf.overview.cold.toFixed(0)} ms), ${kb(pdf.overview.bytes)} (target < 300 ms, < 250 KB)`,
  `Vector PDF, Alver, all pages (overview + 13 step pages), A3: median ${pdf.all.median.toFixed(0)} ms (first run ${pdf.all.cold.toFixed(0)} ms), ${kb(pdf.all.bytes)} (target < 1.5 s)`,
  `First-load JavaScript: ${kb(bundle.gzip)} gzip (${kb(bundle.raw)} raw) in ${bundle.files.length} file(s) (target < 250 KB gzip)`,
  ...bundle.files.map((f) => `  - ${f.file}: ${kb(f.gzip)} gzip`),
];
console.log(lines.join('\n'));
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
