import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchLayout } from './layout.bench';
import { measureFirstLoad } from './bundle';

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const layout = benchLayout();
await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
const bundle = measureFirstLoad(`${root}/dist`);

const lines = [
  `# Benchmarks (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.arch})`,
  '',
  `Layout + scene, 13 steps, ${layout.textItems} text items, ${layout.runs} runs: median ${layout.median.toFixed(3)} ms, p95 ${layout.p95.toFixed(3)} ms (target < 5 ms)`,
  `First-load JavaScript: ${kb(bundle.gzip)} gzip (${kb(bundle.raw)} raw) in ${bundle.files.length} file(s) (target < 250 KB gzip)`,
  ...bundle.files.map((f) => `  - ${f.file}: ${kb(f.gzip)} gzip`),
];
console.log(lines.join('\n'));
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
