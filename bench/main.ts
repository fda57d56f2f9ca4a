import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchLayout } from './layout.bench';
import { benchImport } from './import.bench';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from './measureFirstLoad.mjs';
import { benchPdf } from './export.bench';
import { benchBrowserPng } from './browserPng.bench';
import { benchCanvasEditing } from './canvasDrag.bench';
import { benchCollab } from './collab.bench';
import { getCollabLines } from './collabLines';
import { measureFirstPaint } from './firstPaint.bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEPT_MARKER = '## Kept by hand';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const layout = benchLayout();
const imported = benchImport();
const pdf = await benchPdf();
await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
const bundle = measureFirstLoad(`${root}/dist`);
const paint = await measureFirstPaint(root, [`${root}/dist`], 7);
const png = await benchBrowserPng(root);
const canvas = await benchCanvasEditing(root);
const collab = await benchCollab();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const lines = [
  `# Benchmarks (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.arch})`,
  '',
  `Layout + scene of the overview, 13 steps, ${layout.textItems} text items: median ${layout.overview.median.toFixed(2)} ms, p95 ${layout.overview.p95.toFixed(2)} ms (target < 5 ms)`,
  `Layout + scene of every page (overview + 13 step pages with all ${layout.textItems} text items): median ${layout.allPages.median.toFixed(2)} ms, p95 ${layout.allPages.p95.toFixed(2)} ms`,
  `Layout + scene of Alver's overview (13 steps, bands, housing track, cost bars): median ${layout.alver.median.toFixed(2)} ms, p95 ${layout.alver.p95.toFixed(2)} ms (target < 5 ms)`,
  `Import + layout of a pasted outline (${imported.steps} steps, ${imported.services} services, Markdown read, imported, overview laid out and drawn): median ${imported.median.toFixed(2)} ms, p95 ${imported.p95.toFixed(2)} ms (target < 50 ms)`,
  `Vector PDF, Alver, A3 overview: median ${pdf.overview.median.toFixed(0)} ms (first run ${pdf.overview.cold.toFixed(0)} ms), ${kb(pdf.overview.bytes)} (target < 300 ms, < 250 KB)`,
  `Vector PDF, Alver, all pages (overview + 13 step pages), A3: median ${pdf.all.median.toFixed(0)} ms (first run ${pdf.all.cold.toFixed(0)} ms), ${kb(pdf.all.bytes)} (target < 1.5 s)`,
  `A1 PNG at 300 dpi, Alver, in Chromium ${png.chromium} through the export dialog (${png.ours.width} x ${png.ours.height} px; load average ${png.ours.load.toFixed(2)}): click to file median ${s(png.ours.clickToFile)} of ${png.ours.clicks.map((t) => s(t)).join(', ')}; exporter median ${s(png.ours.exporter)} of ${png.ours.times.map((t) => s(t)).join(', ')} (drawing and reading back ${s(png.ours.draw)}, encoding ${s(png.ours.encode)}); browser CPU time median ${s(png.ours.cpuMs)}; ${mb(png.ours.bytes)}; browser peak ${mb(png.ours.peak)} Pss (${mb(png.ours.before)} before); ${(png.ours.drawn * 100).toFixed(1)} % of pixels drawn, not blank (target click to file <= 0.6 s, peak < 1.0 GB)`,
  `Naive A1 PNG (html-to-image toPng of the React Flow viewport, same pixel size) into jsPDF: PNG ${s(png.naive.pngMs)}, PDF ${s(png.naive.totalMs)} in all, PNG ${mb(png.naive.pngBytes)}, PDF ${mb(png.naive.pdfBytes)}; browser CPU time ${s(png.naive.cpuMs)}; browser peak ${mb(png.naive.peak)} Pss (${mb(png.naive.before)} before); ${(png.naive.drawn * 100).toFixed(1)} % of pixels drawn`,
  `Dragging step 7 on the overview of the 13-step bench document in Chromium ${canvas.chromium}, pointer moved every 4 ms (${canvas.drag.frames} frames with a move of ${canvas.drag.spanFrames}; load average ${canvas.load.toFixed(2)}): frame time (main-thread work per frame) median ${canvas.drag.median.toFixed(1)} ms, p95 ${canvas.drag.p95.toFixed(1)} ms (target p95 < 16.7 ms); frame interval median ${canvas.drag.intervalMedian.toFixed(1)} ms, p95 ${canvas.drag.intervalP95.toFixed(1)} ms, ${canvas.drag.late} frame(s) late (display period ${canvas.period.toFixed(1)} ms)`,
  `Typing in step 1's title in place (${canvas.typing.keys} keys): main-thread work from key to painted frame median ${canvas.typing.workMedian.toFixed(1)} ms, p95 ${canvas.typing.workP95.toFixed(1)} ms (target median < 16 ms); key to painted frame median ${canvas.typing.median.toFixed(1)} ms, p95 ${canvas.typing.p95.toFixed(1)} ms`,
  `Autosave while typing in step 1's title (${canvas.autosave.keys} keys, 30 ms apart; load average ${canvas.load.toFixed(2)}): key to IndexedDB commit of the save holding it median ${canvas.autosave.median.toFixed(1)} ms, max ${canvas.autosave.max.toFixed(1)} ms (target < 100 ms); ${canvas.autosave.saves} saves, main-thread time of a save's writes median ${canvas.autosave.writeMedian.toFixed(2)} ms, max ${canvas.autosave.writeMax.toFixed(2)} ms`,
  ...getCollabLines(collab),
  `First-load JavaScript: ${kb(bundle.gzip)} gzip (${kb(bundle.raw)} raw) in ${bundle.files.length} file(s) (target at most ${kb(FIRST_LOAD_BUDGET)} gzip: ${bundle.gzip <= FIRST_LOAD_BUDGET ? 'met' : 'not met'})`,
  ...bundle.files.map((f) => `  - ${f.file}: ${kb(f.gzip)} gzip`),
  `First paint (navigation to the first frame showing a step, Chromium on vite preview of the build, ${paint.runs} runs after a warm-up; load average ${paint.load.min.toFixed(1)} to ${paint.load.max.toFixed(1)}): new visitor median ${paint.builds[0].fresh.median.toFixed(0)} ms (${paint.builds[0].fresh.min.toFixed(0)} to ${paint.builds[0].fresh.max.toFixed(0)}), returning visitor median ${paint.builds[0].returning.median.toFixed(0)} ms (${paint.builds[0].returning.min.toFixed(0)} to ${paint.builds[0].returning.max.toFixed(0)}) (target: no slower after a first-load change; builds before and after are compared in turn by npx tsx bench/firstPaint.bench.ts <before> <after>)`,
  '',
  'How the PNG lines are measured (bench/browserPng.bench.ts): Chromium driven by playwright-core on the production build.',
  '- Time: 5 exports after a warm-up export loaded the exporter\'s chunk and fonts; "click to file" is the click on Last ned to the download event, "exporter" its own performance.measure; drawing (with reading the pixels back) and encoding split by marks in export/rasterPng.ts.',
  '- Peak memory (bench/browserMemory.ts): every 25 ms, the Pss (/proc/<pid>/smaps_rollup) of every browser process (children of the bench) summed, in a worker thread so the sampling (about 20 ms a sample) does not hold up Playwright; the highest sum during the exports; "before" is the sum just before. CPU time: user and system time of the same processes over an export (/proc/<pid>/stat), which depends far less than the times on the machine\'s load.',
  '- Not blank: the downloaded PNG decoded (pngjs) and its pixels that differ from the top-left (background) pixel counted.',
  "- Drag and typing (bench/canvasDrag.bench.ts): the bench document opened through Fil > Åpne fil (its overview draws each step's number, title and subtitle; the items are on the step pages); step 7 dragged by 600 pointer moves sent every 4 ms without waiting for the page (a 250 Hz mouse, so every frame has a move even when the bench process is slowed), in a loop inside the canvas. Frame time: the main thread's busy time from the end of the frame before (first task after its rAF) to the frame's own end, from the gaps in a MessageChannel ping loop (includes time the OS gave other processes), for the frames in which a pointer move arrived; so it holds the move's handling, React's render and the frame's style, layout and paint. Frame interval: gap between the rAF timestamps of such a frame and the one before; headless Chromium draws at most one frame per 60 Hz tick, so the interval cannot go under the display period, and a frame is late when its gap exceeds 1.5 periods. Typing: keydown (capture) to the first task after the next rAF, and the busy time in that span. The machine is shared with other jobs (load average above), so the p95 figures are noisy.",
  "- Collaboration (bench/collab.bench.ts): `npm run server`'s entry (server/main.ts) as a child process with embedded storage, on 127.0.0.1; the clients are @hocuspocus/provider over `ws` in the bench process. Edit to receive: every editor inserts a marked word into a title every 100-300 ms; each other client's observer on the steps notes when the word arrives (one clock, one process); the editor's React redraw is not part of it. First sync: a new provider until its synced event, 10 times (the first connection, which loads the document from the database, apart). Memory: /proc/<pid>/status VmRSS of the server before and after 40 Alver documents are opened (noisy: it includes whatever the garbage collector has not yet returned). Bytes: what the client's WebSocket sends for 100 single characters typed 20 ms apart, and what it receives meanwhile.",
  "- Naive: html-to-image toPng of .react-flow__viewport at the same pixel size (React Flow's image download example), then jsPDF addImage on an A1 page, jsPDF defaults; blank check on a reduced copy.",
];
console.log(lines.join('\n'));
// Notes written by hand below the marker (measurements on a quiet machine, before and after a change) are kept.
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const kept = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').split(KEPT_MARKER)[1] : undefined;
writeFileSync(resultsFile, lines.join('\n') + '\n' + (kept === undefined ? '' : `\n${KEPT_MARKER}${kept}`));
