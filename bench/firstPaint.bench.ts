// First paint: navigation start to the first frame that shows a step of the canvas
// (.react-flow__node-scene, visible), in Chromium on `vite preview` of production builds.
// New visitor: a fresh browser context (empty cache and storage). Returning visitor: the same
// context loads the page, its autosave stores the default document, and the page is opened again
// (the cache warm, the document read and validated from IndexedDB before it is drawn).
// Several builds (e.g. before and after a change) are measured in turn, run by run, so a load on
// the machine falls on each alike. The browser speaks bokmål (locale nb-NO), as most users do.
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Notes, in the page, the frame in which a step first shows: a rAF after the node is in the DOM and laid out. */
const FIRST_STEP_PROBE = `
  new MutationObserver((_, observer) => {
    const node = document.querySelector('.react-flow__node-scene');
    if (!node || node.getBoundingClientRect().width === 0 || getComputedStyle(node).visibility === 'hidden') return;
    observer.disconnect();
    requestAnimationFrame(() => { window.benchFirstStep = performance.now(); });
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

async function timeLoad(page: import('playwright-core').Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction('window.benchFirstStep !== undefined', undefined, { timeout: 30_000 });
  return page.evaluate('window.benchFirstStep') as Promise<number>;
}

/** `template`: the returning visitor's document is this template (chosen in the gallery), not the default one. */
async function measureOnce(browser: Browser, url: string, template?: string) {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(FIRST_STEP_PROBE);
  const page = await context.newPage();
  const fresh = await timeLoad(page, url);
  if (template) {
    await page.getByRole('button', { name: 'Ny trapp' }).click();
    await page.getByRole('button', { name: new RegExp(`^Bruk malen ${template}`) }).click();
  }
  // The autosave of the new library's document, then a second visit.
  await sleep(1500);
  const returning = await timeLoad(page, url);
  await context.close();
  return { fresh, returning };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `runs` rounds; in each, every build is loaded once as a new and once as a returning visitor. */
export async function measureFirstPaint(root: string, outDirs: string[], runs = 11, template?: string) {
  const servers = await Promise.all(
    outDirs.map((outDir, i) =>
      preview({
        root,
        build: { outDir },
        preview: { port: 4190 + i, strictPort: false, host: '127.0.0.1' },
        logLevel: 'warn',
      }),
    ),
  );
  const urls = servers.map((server) => server.resolvedUrls!.local[0]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const samples = outDirs.map(() => ({ fresh: [] as number[], returning: [] as number[] }));
  const loads: number[] = [];
  try {
    for (const url of urls) await measureOnce(browser, url, template); // warm-up: the OS file cache, Chromium's own start
    for (let run = 0; run < runs; run++) {
      for (const [i, url] of urls.entries()) {
        const { fresh, returning } = await measureOnce(browser, url, template);
        samples[i].fresh.push(fresh);
        samples[i].returning.push(returning);
      }
      loads.push(loadavg()[0]);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  const summary = (values: number[]) => ({
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
  });
  return {
    builds: outDirs.map((outDir, i) => ({
      outDir,
      fresh: summary(samples[i].fresh),
      returning: summary(samples[i].returning),
    })),
    runs,
    load: { min: Math.min(...loads), max: Math.max(...loads) },
  };
}

// `npx tsx bench/firstPaint.bench.ts <outDir> [<outDir> ...] [--runs N] [--template Alver]`: prints one
// line per build; with --template the returning visitor's document is that template.
if (process.argv[1]?.endsWith('firstPaint.bench.ts')) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const runs = Number(option('--runs') ?? 11);
  const template = option('--template');
  const optionAt = new Set(
    ['--runs', '--template'].flatMap((name) => (args.includes(name) ? [args.indexOf(name)] : [])),
  );
  const outDirs = args.filter((_, i) => !optionAt.has(i) && !optionAt.has(i - 1));
  const result = await measureFirstPaint(process.cwd(), outDirs.length ? outDirs : ['dist'], runs, template);
  const ms = (s: { median: number; min: number; max: number }) =>
    `${s.median.toFixed(0)} ms (${s.min.toFixed(0)} to ${s.max.toFixed(0)})`;
  for (const b of result.builds)
    console.log(`${b.outDir}: new visitor ${ms(b.fresh)}, returning visitor ${ms(b.returning)}`);
  console.log(
    `${result.runs} runs each, in turn after one warm-up; load average ${result.load.min.toFixed(1)} to ${result.load.max.toFixed(1)}`,
  );
}
