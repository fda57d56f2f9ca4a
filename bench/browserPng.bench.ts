// A1 PNG at 300 dpi of the Alver template, made in Chromium by our exporter through the export
// dialog, against the naive way (html-to-image of the React Flow viewport, then into jsPDF).
//
// Peak memory (browserMemory.ts): the sum of the Pss of the browser's processes every 25 ms during
// an export; the peak is reported, beside the sum just before the export. Never blank: the
// downloaded PNG is decoded and its pixels that are not the page background counted.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { preview } from 'vite';
import { withPeakMemory } from './browserMemory';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function openAlver(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-scene');
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  await page
    .getByRole('dialog', { name: 'Ny trapp' })
    .getByRole('button', { name: /^Bruk malen Alver/ })
    .click();
  await page.getByRole('dialog', { name: 'Ny trapp' }).waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready);
}

/** One PNG through the dialog; the exporter's own time comes from its performance measure. */
async function exportPng(page: Page, size: string, dpi: string) {
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.getByLabel(/PNG/).check();
  await dialog.getByLabel('Papir', { exact: true }).selectOption(size);
  await dialog.getByLabel('Marg (mm)', { exact: true }).fill('0');
  await dialog.getByLabel('Oppløsning', { exact: true }).selectOption(dpi);
  await page.evaluate(() => performance.clearMeasures('trappa:export'));
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const clickToFile = performance.now() - started;
  const [exporter, draw, encode] = await page.evaluate(() =>
    ['trappa:export', 'trappa:png:draw', 'trappa:png:encode'].map(
      (name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN,
    ),
  );
  const bytes = readFileSync((await download.path())!);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  return { clickToFile, exporter, draw, encode, bytes };
}

/** Share of pixels that are not the page's background (the top-left pixel). */
function getDrawnShare(png: Buffer) {
  const image = PNG.sync.read(png);
  const data = image.data;
  let drawn = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) drawn++;
  return { width: image.width, height: image.height, drawn: drawn / (image.width * image.height) };
}

/** React Flow's documented image download (html-to-image on the viewport) at the same pixel size, then jsPDF. */
function naiveExport(page: Page, width: number, height: number) {
  return page.evaluate(
    async ([width, height]) => {
      type Globals = {
        htmlToImage: { toPng(node: HTMLElement, options: object): Promise<string> };
        jspdf: {
          jsPDF: new (options: object) => {
            addImage(...args: unknown[]): void;
            output(kind: 'arraybuffer'): ArrayBuffer;
          };
        };
      };
      const { htmlToImage, jspdf } = window as unknown as Globals;
      const sheet = document.querySelector<HTMLElement>('.react-flow__node-page')!;
      const zoom = width / sheet.offsetWidth;
      const started = performance.now();
      const dataUrl = await htmlToImage.toPng(document.querySelector<HTMLElement>('.react-flow__viewport')!, {
        backgroundColor: '#ffffff',
        width,
        height,
        style: { width: `${width}px`, height: `${height}px`, transform: `translate(0px, 0px) scale(${zoom})` },
      });
      const pngMs = performance.now() - started;
      const pdf = new jspdf.jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a1' });
      pdf.addImage(dataUrl, 'PNG', 0, 0, 2383.94, 1683.78);
      const pdfBytes = pdf.output('arraybuffer').byteLength;
      const totalMs = performance.now() - started;
      // Blank or not, counted on a reduced copy.
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const context = Object.assign(document.createElement('canvas'), {
        width: 1000,
        height: Math.round((1000 * height) / width),
      }).getContext('2d')!;
      context.drawImage(image, 0, 0, context.canvas.width, context.canvas.height);
      const pixels = context.getImageData(0, 0, context.canvas.width, context.canvas.height).data;
      let drawn = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (Math.abs(pixels[i] - 255) + Math.abs(pixels[i + 1] - 255) + Math.abs(pixels[i + 2] - 255) > 30) drawn++;
      return {
        pngMs,
        totalMs,
        pngBytes: Math.round((dataUrl.length * 3) / 4),
        pdfBytes,
        drawn: drawn / (pixels.length / 4),
      };
    },
    [width, height] as const,
  );
}

export async function benchBrowserPng(root: string, runs = 5, outDir = 'dist') {
  const server = await preview({
    root,
    build: { outDir },
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      locale: 'nb-NO',
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    await openAlver(page, url);
    await exportPng(page, 'A4', '72'); // loads the exporter's chunk and the font files once
    const ours = [];
    for (let i = 0; i < runs; i++) ours.push(await withPeakMemory(() => exportPng(page, 'A1', '300')));
    ours.sort((a, b) => a.result.exporter - b.result.exporter);
    const median = ours[Math.floor(runs / 2)];
    const clicks = ours.map((o) => o.result.clickToFile).sort((a, b) => a - b);
    const load = loadavg()[0];
    const picture = getDrawnShare(median.result.bytes);

    const naivePage = await context.newPage();
    await openAlver(naivePage, url);
    await naivePage.addScriptTag({ path: require.resolve('html-to-image/dist/html-to-image.js') });
    await naivePage.addScriptTag({ path: require.resolve('jspdf/dist/jspdf.umd.min.js') });
    const naive = await withPeakMemory(() => naiveExport(naivePage, picture.width, picture.height));
    return {
      ours: {
        ...median.result,
        bytes: median.result.bytes.length,
        before: median.before,
        peak: Math.max(...ours.map((o) => o.peak)),
        ...picture,
        times: ours.map((o) => o.result.exporter),
        clickToFile: clicks[Math.floor(runs / 2)],
        clicks,
        load,
        cpuMs: ours.map((o) => o.cpuMs).sort((a, b) => a - b)[Math.floor(runs / 2)],
      },
      naive: { ...naive.result, before: naive.before, peak: naive.peak, cpuMs: naive.cpuMs },
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
