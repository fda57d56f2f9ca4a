import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchLayout } from './layout.bench';
import { measureFirstLoad } from './bundle';
import { benchPdf } from './export.bench';
import { benchBrowserPng } from './browserPng.bench';
import { benchCanvasEditing } from './canvasDrag.bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const layout = benchLayout();
const pdf = await benchPdf();
await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
const bundle = measureFirstLoad(`${root}/dist`);
const png = await benchBrowserPng(root);
const canvas = await benchCanvasEditing(root);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const lines = [
  `# Benchmarks (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.arch})`,
  '',
  `Layout + scene of the overview, 13 steps, ${layout.textItems} text items: median ${layout.overview.median.toFixed(2)} ms, p95 ${layout.overview.p95.toFixed(2)} ms (target < 5 ms)`,
  `Layout + scene of every page (overview + 13 step pages with all ${layout.textItems} text items): median ${layout.allPages.median.toFixed(2)} ms, p95 ${layout.allPages.p95.toFixed(2)} ms`,
  `Layout + scene of Alver's overview (13 steps, bands, housing track, cost bars): median ${layout.alver.median.toFixed(2)} ms, p95 ${layout.alver.p95.toFixed(2)} ms (target < 5 ms)`,
  `Vector PDF, Alver, A3 overview: median ${pdf.overview.median.toFixed(0)} ms (first run ${pdf.overview.cold.toFixed(0)} ms), ${kb(pdf.overview.bytes)} (target < 300 ms, < 250 KB)`,
  `Vector PDF, Alver, all pages (overview + 13 step pages), A3: median ${pdf.all.median.toFixed(0)} ms (first run ${pdf.all.cold.toFixed(0)} ms), ${kb(pdf.all.bytes)} (target < 1.5 s)`,
  `A1 PNG at 300 dpi, Alver, in Chromium ${png.chromium} through the export dialog (${png.ours.width} x ${png.ours.height} px): exporter median ${s(png.ours.exporter)} of ${png.ours.times.map((t) => s(t)).join(', ')} (drawing ${s(png.ours.draw)}, PNG encoding by canvas.toBlob ${s(png.ours.encode)}), click to file ${s(png.ours.clickToFile)}, ${mb(png.ours.bytes)}; browser peak ${mb(png.ours.peak)} Pss (${mb(png.ours.before)} before); ${(png.ours.drawn * 100).toFixed(1)} % of pixels drawn, not blank (target < 1 s, < 1.2 GB)`,
  `Naive A1 PNG (html-to-image toPng of the React Flow viewport, same pixel size) into jsPDF: PNG ${s(png.naive.pngMs)}, PDF ${s(png.naive.totalMs)} in all, PNG ${mb(png.naive.pngBytes)}, PDF ${mb(png.naive.pdfBytes)}; browser peak ${mb(png.naive.peak)} Pss (${mb(png.naive.before)} before); ${(png.naive.drawn * 100).toFixed(1)} % of pixels drawn`,
  `Dragging step 7 on the overview of the 13-step bench document in Chromium ${canvas.chromium} (${canvas.drag.frames} frames with a pointer move): frame interval median ${canvas.drag.median.toFixed(1)} ms, p95 ${canvas.drag.p95.toFixed(1)} ms; main-thread work per frame median ${canvas.drag.workMedian.toFixed(1)} ms, p95 ${canvas.drag.workP95.toFixed(1)} ms (target p95 < 16.7 ms)`,
  `Typing in step 1's title in place (${canvas.typing.keys} keys): key to next paint median ${canvas.typing.median.toFixed(1)} ms, p95 ${canvas.typing.p95.toFixed(1)} ms (target median < 16 ms)`,
  `First-load JavaScript: ${kb(bundle.gzip)} gzip (${kb(bundle.raw)} raw) in ${bundle.files.length} file(s) (target < 250 KB gzip)`,
  ...bundle.files.map((f) => `  - ${f.file}: ${kb(f.gzip)} gzip`),
  '',
  'How the PNG lines are measured (bench/browserPng.bench.ts): Chromium driven by playwright-core on the production build.',
  '- Time: the exporter\'s own performance.measure (export dialog, after a warm-up export loaded its chunk and fonts), median of 3; drawing and encoding split by marks in export/rasterPng.ts; "click to file" is the click on Last ned to the download event.',
  '- Peak memory: every 25 ms, the Pss (/proc/<pid>/smaps_rollup) of every browser process (children of the bench) summed; the highest sum during the exports; "before" is the sum just before.',
  '- Not blank: the downloaded PNG decoded (pngjs) and its pixels that differ from the top-left (background) pixel counted.',
  '- Drag and typing (bench/canvasDrag.bench.ts): the bench document opened through Fil > Åpne fil; step 7 dragged by 300 pointer moves in a loop inside the canvas. Frame interval: gap between rAF timestamps of frames that handled a move (headless Chromium paces rAF at 60 Hz, so 16.7 ms is the floor). Work: the main thread\'s busy time per frame, from the gaps in a MessageChannel ping loop (includes time the OS gave other processes). Key to paint: keydown (capture) to the first task after the next rAF. The machine\'s load is shared with other jobs, so the p95 figures are noisy.',
  '- Naive: html-to-image toPng of .react-flow__viewport at the same pixel size (React Flow\'s image download example), then jsPDF addImage on an A1 page, jsPDF defaults; blank check on a reduced copy.',
];
console.log(lines.join('\n'));
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
