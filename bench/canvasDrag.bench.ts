// Dragging a step and typing in a step title on the canvas, in Chromium on the production build,
// with the 13-step bench document (about 400 text items, a page per step).
//
// Frame time: Chromium runs with its frame-rate limit off (--disable-frame-rate-limit,
// --disable-gpu-vsync), so requestAnimationFrame comes as soon as the last frame is done and the
// gap between two rAF timestamps is what the frame cost, not the wait for the next 60 Hz tick.
// The gaps of the frames that handled a pointer move are reported (frames with no input in
// between cost almost nothing and would pull the median down).
// Key to paint: from the keydown (a capture listener on window) to the first task after the next
// rAF, that is after the frame that shows the character was produced.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { createBenchDocument } from './layout.bench';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

async function openBenchDocument(page: Page, url: string) {
  const path = join(tmpdir(), `trappa-bench-${process.pid}.trapp.json`);
  writeFileSync(path, JSON.stringify(createBenchDocument()));
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-scene');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name: 'Åpne fil …' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('img', { name: /^Trinn 13:/ }).waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** Drags step 7 by many small pointer moves; returns the frame gaps of frames that handled a move. */
async function dragStep(page: Page, moves: number) {
  const step = page.getByRole('img', { name: /^Trinn 7:/ });
  const box = (await step.boundingBox())!;
  // Strings, not functions: tsx would wrap named functions in a helper the page does not have.
  // A MessageChannel ping runs whenever the main thread is free; a gap between two pings is time
  // the thread spent on other work (input, React, rAF, style, layout, paint). Each frame's gaps add
  // up to its main-thread work.
  await page.evaluate(`
    window.benchFrames = [];
    window.benchMoved = false;
    window.benchStop = false;
    window.benchBusy = 0;
    if (!window.benchMovesListening) window.addEventListener('pointermove', () => (window.benchMoved = true), { capture: true });
    window.benchMovesListening = true;
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 0.25) window.benchBusy += now - last;
      last = now;
      if (!window.benchStop) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    requestAnimationFrame(function loop(t) {
      window.benchFrames.push({ t, moved: window.benchMoved, busy: window.benchBusy });
      window.benchMoved = false;
      window.benchBusy = 0;
      if (!window.benchStop) requestAnimationFrame(loop);
    });
  `);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Loops around the start point, well inside the canvas (near its edge React Flow would pan).
  for (let i = 1; i <= moves; i++) await page.mouse.move(x + 150 * Math.sin(i / 20), y + 60 * Math.sin(i / 13));
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { t: number; moved: boolean; busy: number }[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames;
  });
  // A frame's gap is charged to the input it handled: the move arrived before the frame began.
  // Work: the main thread's busy time between the frame's rAF and the one before it.
  const gaps: number[] = [];
  const work: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    if (!frames[i].moved) continue;
    gaps.push(frames[i].t - frames[i - 1].t);
    work.push(frames[i].busy);
  }
  const moved = await page.evaluate(() => document.querySelector('.scene-node.overridden') !== null);
  return { gaps, work, moved };
}

/** Types into step 1's title in place; returns key-to-paint times in ms. */
async function typeInTitle(page: Page, text: string) {
  const step = page.getByRole('img', { name: /^Trinn 1:/ });
  // The title is the step's second text (after its number).
  await step.locator('text').nth(1).dblclick({ force: true });
  const editor = page.locator('textarea.inline-editor');
  await editor.waitFor();
  await editor.press('End');
  await page.evaluate(`
    window.benchKeys = [];
    if (!window.benchKeysListening) window.addEventListener('keydown', () => {
      const start = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.benchKeys.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    }, { capture: true });
    window.benchKeysListening = true;
  `);
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(30);
  }
  const times = await page.evaluate(() => (window as unknown as { benchKeys: number[] }).benchKeys);
  const drawn = await step.getAttribute('aria-label');
  await page.keyboard.press('Escape');
  return { times, drawn };
}

export async function benchCanvasEditing(root: string, outDir = 'dist') {
  const server = await preview({ root, build: { outDir }, preview: { port: 4181, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
  try {
    const page = await (await browser.newContext({ locale: 'nb-NO', viewport: { width: 1440, height: 900 } })).newPage();
    await openBenchDocument(page, url);
    await dragStep(page, 40); // warm-up
    const drag = await dragStep(page, 300);
    if (process.env.BENCH_SHOTS) await page.screenshot({ path: `${process.env.BENCH_SHOTS}/bench-drag.png` });
    if (!drag.moved) throw new Error('the drag did not move the step');
    if (process.env.BENCH_DEBUG) console.log('drag work, sorted:', [...drag.work].sort((a, b) => a - b).map((v) => v.toFixed(1)).join(' '));
    await typeInTitle(page, 'abc'); // warm-up
    const typing = await typeInTitle(page, ' og mer tekst her for testen');
    if (!typing.drawn?.includes('og mer tekst her for testen')) throw new Error(`the typed text is not drawn: ${typing.drawn}`);
    return {
      chromium: browser.version(),
      drag: { frames: drag.gaps.length, median: quantile(drag.gaps, 0.5), p95: quantile(drag.gaps, 0.95), workMedian: quantile(drag.work, 0.5), workP95: quantile(drag.work, 0.95) },
      typing: { keys: typing.times.length, median: quantile(typing.times, 0.5), p95: quantile(typing.times, 0.95) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
