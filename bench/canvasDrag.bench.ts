// Dragging a step and typing in a step title on the canvas, in Chromium on the production build,
// with the 13-step bench document (about 400 text items, a page per step).
//
// Headless Chromium draws at most one frame per 60 Hz tick (its flags to lift the limit have no
// effect there), so the gap between two frames cannot go under 16.7 ms however little a frame
// costs. What a frame costs is measured as the main thread's busy time: a MessageChannel ping
// runs whenever the thread is free, and a gap between two pings is time the thread spent on other
// work (input, React, rAF, style, layout, paint, and whatever the OS gave other processes).
//
// Drag: the pointer moves every 4 ms (a 250 Hz mouse) without waiting for the page, as a hand
// does. A frame's work is the busy time from the end of the frame before (the first task after
// its rAF) to its own end, so it holds the pointer's handling, React's render wherever it falls
// (a task before the frame or the frame's own rAF) and the frame's style, layout and paint. The
// frames counted are those in which a pointer move arrived.
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
import { AUTOSAVE_PROBE, readAutosave } from './autosave.bench';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Time between two pointer moves of the scripted drag. */
const MOVE_INTERVAL_MS = 4;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

// Strings, not functions: tsx would wrap named functions in a helper the page does not have.
/**
 * Starts the busy-time ping loop once. `window.benchTick()` adds the time since the last tick to
 * `window.benchBusy` when the thread was not free meanwhile; each ping ticks, and so does a
 * measurement before it reads the total. `window.benchLastPing`: the last tick's time.
 */
const BUSY_PROBE = `
  if (!window.benchTick) {
    window.benchBusy = 0;
    window.benchLastPing = performance.now();
    window.benchTick = () => {
      const now = performance.now();
      if (now - window.benchLastPing > 0.25) window.benchBusy += now - window.benchLastPing;
      window.benchLastPing = now;
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.benchTick();
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
    let endBusy = window.benchBusy;
    requestAnimationFrame(function loop(t) {
      // The frame's end: the first task after its rAF, style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.benchTick();
        window.benchFrames.push({ t, moved: window.benchMoved, busy: window.benchBusy - endBusy });
        window.benchMoved = false;
        endBusy = window.benchBusy;
      };
      channel.port2.postMessage(0);
      if (!window.benchStop) requestAnimationFrame(loop);
    });
  `);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', at: { x: number; y: number }) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x: at.x,
      y: at.y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await mouse('mousePressed', { x, y });
  // Loops around the start point, well inside the canvas (near its edge React Flow would pan).
  const sent: Promise<unknown>[] = [];
  const at = (i: number) => ({ x: x + 150 * Math.sin(i / 40), y: y + 60 * Math.sin(i / 26) });
  for (let i = 1; i <= moves; i++) {
    sent.push(mouse('mouseMoved', at(i)));
    await sleep(MOVE_INTERVAL_MS);
  }
  await Promise.all(sent);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await mouse('mouseReleased', at(moves));
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { t: number; moved: boolean; busy: number }[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames;
  });
  // The frames that received a move; the interval is from the frame before (of any kind).
  const intervals: number[] = [];
  const work: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    if (!frames[i].moved) continue;
    intervals.push(frames[i].t - frames[i - 1].t);
    work.push(frames[i].busy);
  }
  // Frames from the first move to the last, to show how many of them had a move.
  const span = frames.findLastIndex((f) => f.moved) - frames.findIndex((f) => f.moved) + 1;
  const moved = await page.evaluate(() => document.querySelector('.scene-node.overridden') !== null);
  return { intervals, work, span, moved };
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
        channel.port1.onmessage = () => {
          window.benchTick();
          window.benchKeys.push({ time: performance.now() - start, work: window.benchBusy - busyBefore });
        };
        channel.port2.postMessage(0);
      });
    }, { capture: true });
    window.benchKeysListening = true;
  `);
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(30);
  }
  const keys = await page.evaluate(
    () => (window as unknown as { benchKeys: { time: number; work: number }[] }).benchKeys,
  );
  const drawn = await step.getAttribute('aria-label');
  await page.keyboard.press('Escape');
  return { times: keys.map((k) => k.time), work: keys.map((k) => k.work), drawn };
}

export async function benchCanvasEditing(root: string, outDir = 'dist') {
  const server = await preview({
    root,
    build: { outDir },
    preview: { port: 4181, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await (
      await browser.newContext({ locale: 'nb-NO', viewport: { width: 1440, height: 900 } })
    ).newPage();
    const cdp = await page.context().newCDPSession(page);
    await openBenchDocument(page, url);
    const load = loadavg()[0];
    const period = await measureFramePeriod(page);
    await dragStep(page, cdp, 80); // warm-up
    const drag = await dragStep(page, cdp, 600);
    if (process.env.BENCH_SHOTS) await page.screenshot({ path: `${process.env.BENCH_SHOTS}/bench-drag.png` });
    if (!drag.moved) throw new Error('the drag did not move the step');
    if (process.env.BENCH_DEBUG)
      console.log(
        'drag work, sorted:',
        [...drag.work]
          .sort((a, b) => a - b)
          .map((v) => v.toFixed(1))
          .join(' '),
      );
    await typeInTitle(page, 'abc'); // warm-up
    await page.evaluate(AUTOSAVE_PROBE);
    const typing = await typeInTitle(page, ' og mer tekst her for testen');
    const autosave = await readAutosave(page);
    if (!typing.drawn?.includes('og mer tekst her for testen'))
      throw new Error(`the typed text is not drawn: ${typing.drawn}`);
    return {
      chromium: browser.version(),
      load,
      period,
      drag: {
        frames: drag.work.length,
        spanFrames: drag.span,
        median: quantile(drag.work, 0.5),
        p95: quantile(drag.work, 0.95),
        intervalMedian: quantile(drag.intervals, 0.5),
        intervalP95: quantile(drag.intervals, 0.95),
        // A frame that came more than half a period late: the display showed the one before twice.
        late: drag.intervals.filter((gap) => gap > period * 1.5).length,
      },
      autosave,
      typing: {
        keys: typing.times.length,
        median: quantile(typing.times, 0.5),
        p95: quantile(typing.times, 0.95),
        workMedian: quantile(typing.work, 0.5),
        workP95: quantile(typing.work, 0.95),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
