// Dragging a step and typing in a step title on the canvas, in Chromium on the production build,
// with the 13-step bench document (about 400 text items, a page per step).
//
// Headless Chromium draws at most one frame per 60 Hz tick (its flags to lift the limit have no
// effect there), so the gap between two frames cannot go under 16.7 ms however little a frame
// costs. What a frame costs is measured as the main thread's busy time: a MessageChannel ping
// runs whenever the thread is free, and a gap between two pings is time the thread spent on other
// work (input, React, rAF, style, layout, paint, and whatever the OS gave other processes).
//
// Drag: the pointer moves every 8 ms (a 125 Hz mouse) without waiting for the page, as a hand
// does, so every frame has a move to show. Every frame from the first move to the last counts;
// its work is the busy time since the frame before. The render of a move often falls in the frame
// after the one that received it, so frames are not picked by whether a move arrived just before.
// Key to paint: from the keydown (a capture listener on window) to the first task after the next
// rAF, that is after the frame that shows the character was produced; its work is the busy time
// in that span, the rest is waiting for the next 60 Hz tick.
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { createBenchDocument } from './layout.bench';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Time between two pointer moves of the scripted drag. */
const MOVE_INTERVAL_MS = 8;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

// Strings, not functions: tsx would wrap named functions in a helper the page does not have.
/** Starts the busy-time ping loop once; `window.benchBusy` grows by every gap between pings, `window.benchLastPing` is the last ping's time. */
const BUSY_PROBE = `
  if (!window.benchBusyRunning) {
    window.benchBusyRunning = true;
    window.benchBusy = 0;
    window.benchLastPing = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - window.benchLastPing > 0.25) window.benchBusy += now - window.benchLastPing;
      window.benchLastPing = now;
      channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  }
`;

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

/** Drags step 7 by many small pointer moves; returns each frame's interval and main-thread work. */
async function dragStep(page: Page, cdp: CDPSession, moves: number) {
  const step = page.getByRole('img', { name: /^Trinn 7:/ });
  const box = (await step.boundingBox())!;
  await page.evaluate(`
    ${BUSY_PROBE}
    window.benchFrames = [];
    window.benchMoved = false;
    window.benchStop = false;
    if (!window.benchMovesListening) window.addEventListener('pointermove', () => (window.benchMoved = true), { capture: true });
    window.benchMovesListening = true;
    requestAnimationFrame(function loop(t) {
      window.benchFrames.push({ t, moved: window.benchMoved, busy: window.benchBusy });
      window.benchMoved = false;
      window.benchBusy = 0;
      if (!window.benchStop) requestAnimationFrame(loop);
    });
  `);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', at: { x: number; y: number }) =>
    cdp.send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await mouse('mousePressed', { x, y });
  // Loops around the start point, well inside the canvas (near its edge React Flow would pan).
  const sent: Promise<unknown>[] = [];
  for (let i = 1; i <= moves; i++) {
    sent.push(mouse('mouseMoved', { x: x + 150 * Math.sin(i / 20), y: y + 60 * Math.sin(i / 13) }));
    await sleep(MOVE_INTERVAL_MS);
  }
  await Promise.all(sent);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const last = { x: x + 150 * Math.sin(moves / 20), y: y + 60 * Math.sin(moves / 13) };
  await mouse('mouseReleased', last);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { t: number; moved: boolean; busy: number }[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames;
  });
  // The frames of the drag: from the first that received a move to the one after the last move
  // (which draws it). A frame's work is the busy time between its rAF and the one before.
  const first = frames.findIndex((f) => f.moved);
  const lastMoved = frames.findLastIndex((f) => f.moved);
  const intervals: number[] = [];
  const work: number[] = [];
  for (let i = Math.max(first, 1); i <= Math.min(lastMoved + 1, frames.length - 1); i++) {
    intervals.push(frames[i].t - frames[i - 1].t);
    work.push(frames[i].busy);
  }
  const moved = await page.evaluate(() => document.querySelector('.scene-node.overridden') !== null);
  return { intervals, work, movedFrames: frames.filter((f) => f.moved).length, moved };
}

/** The gap between two frames when nothing happens: what one frame of the display takes. */
async function measureFramePeriod(page: Page) {
  const gaps = (await page.evaluate(`
    new Promise((done) => {
      const times = [];
      requestAnimationFrame(function loop(t) {
        times.push(t);
        if (times.length < 61) requestAnimationFrame(loop);
        else done(times.slice(1).map((time, i) => time - times[i]));
      });
    })
  `)) as number[];
  return quantile(gaps, 0.5);
}

/** Types into step 1's title in place; returns key-to-paint times and the work in them, in ms. */
async function typeInTitle(page: Page, text: string) {
  const step = page.getByRole('img', { name: /^Trinn 1:/ });
  // The title is the step's second text (after its number).
  await step.locator('text').nth(1).dblclick({ force: true });
  const editor = page.locator('textarea.inline-editor');
  await editor.waitFor();
  await editor.press('End');
  await page.evaluate(`
    ${BUSY_PROBE}
    window.benchKeys = [];
    if (!window.benchKeysListening) window.addEventListener('keydown', () => {
      const start = performance.now();
      // The busy gap the keydown falls in will be counted whole; its part before the keydown is not the key's.
      const busyBefore = window.benchBusy + (start - window.benchLastPing);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.benchKeys.push({ time: performance.now() - start, work: window.benchBusy - busyBefore });
        channel.port2.postMessage(0);
      });
    }, { capture: true });
    window.benchKeysListening = true;
  `);
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(30);
  }
  const keys = await page.evaluate(() => (window as unknown as { benchKeys: { time: number; work: number }[] }).benchKeys);
  const drawn = await step.getAttribute('aria-label');
  await page.keyboard.press('Escape');
  return { times: keys.map((k) => k.time), work: keys.map((k) => k.work), drawn };
}

export async function benchCanvasEditing(root: string, outDir = 'dist') {
  const server = await preview({ root, build: { outDir }, preview: { port: 4181, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await (await browser.newContext({ locale: 'nb-NO', viewport: { width: 1440, height: 900 } })).newPage();
    const cdp = await page.context().newCDPSession(page);
    await openBenchDocument(page, url);
    const load = loadavg()[0];
    const period = await measureFramePeriod(page);
    await dragStep(page, cdp, 40); // warm-up
    const drag = await dragStep(page, cdp, 300);
    if (process.env.BENCH_SHOTS) await page.screenshot({ path: `${process.env.BENCH_SHOTS}/bench-drag.png` });
    if (!drag.moved) throw new Error('the drag did not move the step');
    if (process.env.BENCH_DEBUG) console.log('drag work, sorted:', [...drag.work].sort((a, b) => a - b).map((v) => v.toFixed(1)).join(' '));
    await typeInTitle(page, 'abc'); // warm-up
    const typing = await typeInTitle(page, ' og mer tekst her for testen');
    if (!typing.drawn?.includes('og mer tekst her for testen')) throw new Error(`the typed text is not drawn: ${typing.drawn}`);
    return {
      chromium: browser.version(),
      load,
      period,
      drag: {
        frames: drag.work.length,
        movedFrames: drag.movedFrames,
        median: quantile(drag.work, 0.5),
        p95: quantile(drag.work, 0.95),
        intervalMedian: quantile(drag.intervals, 0.5),
        intervalP95: quantile(drag.intervals, 0.95),
        // A frame that came more than half a period late: the display showed the one before twice.
        late: drag.intervals.filter((gap) => gap > period * 1.5).length,
      },
      typing: { keys: typing.times.length, median: quantile(typing.times, 0.5), p95: quantile(typing.times, 0.95), workMedian: quantile(typing.work, 0.5), workP95: quantile(typing.work, 0.95) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
