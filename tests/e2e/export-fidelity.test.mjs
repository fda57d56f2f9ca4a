// Fidelity: for every template, the overview as React Flow shows it in Chromium at zoom 1 (one CSS
// pixel per point) against the PNG the export dialog makes at 72 dpi, which is the same pixel
// size. The two are drawn by different code (SVG nodes in the DOM, Canvas2D in the exporter) from
// the same scene primitives; what may differ is anti-aliasing.
//
// Thresholds, measured on the five templates: Chromium anti-aliases DOM text and Canvas2D text
// differently (most on white text over dark steps), so per pixel we allow pixelmatch's colour
// distance 0.2 (YIQ; its default is 0.1) and under 1 % of pixels differing (the worst template is
// at 0.55 %). A second check averages 6 x 6 pixel blocks, where anti-aliasing cancels out but a
// shifted or missing glyph does not: under 1 % of blocks may differ by more than 16 of 255 (worst
// 0.44 %). Diff images (differing pixels red) go to tests/e2e/out/fidelity-<template>-diff.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { openEditor, useBrowser, out } from './browser.mjs';

const MAX_DIFFERING = 0.01;
const PIXEL_THRESHOLD = 0.2;
const BLOCK = 6;
const BLOCK_LEVEL = 16;
const templatesDir = new URL('../../templates/', import.meta.url);
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.trapp.json'))
  .map((f) => ({ id: f.replace('.trapp.json', ''), doc: JSON.parse(readFileSync(new URL(f, templatesDir), 'utf8')) }));

const browser = useBrowser();

async function openTemplate(page, { meta }) {
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
  // The card's name starts with "Bruk malen <Municipality>: <title>" (its facts may follow).
  const name = `Bruk malen ${meta.municipality}: ${meta.title}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await gallery.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await gallery.waitFor({ state: 'detached' });
  await page.waitForSelector('.react-flow__node-scene');
}

/** The page at zoom 1 on whole pixels, with React Flow's overlays (minimap, zoom buttons) out of the way. */
async function screenshotPage(page, file) {
  await page.addStyleTag({
    content: '.react-flow__minimap,.react-flow__controls,.react-flow__panel,.palette{display:none!important}',
  });
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const viewport = document.querySelector('.react-flow__viewport');
    // Whole-pixel page corner on the screen, 16 px in from the canvas's corner.
    viewport.style.transform = `translate(${Math.ceil(pane.x) - pane.x + 16}px, ${Math.ceil(pane.y) - pane.y + 16}px) scale(1)`;
    const sheet = document.querySelector('.react-flow__node-page').getBoundingClientRect();
    return { x: sheet.x, y: sheet.y, width: sheet.width, height: sheet.height };
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.screenshot({
    path: file,
    clip: { x: box.x, y: box.y, width: Math.round(box.width), height: Math.round(box.height) },
  });
}

async function exportPng(page, file) {
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.getByLabel(/PNG/).check();
  await dialog.getByLabel('Marg (mm)', { exact: true }).fill('0');
  await dialog.getByLabel('Oppløsning', { exact: true }).selectOption('72');
  const downloading = page.waitForEvent('download', { timeout: 60_000 }).catch(async (error) => {
    throw new Error(
      `no download; the dialog says «${await dialog.getByRole('status').last().textContent()}»: ${error.message}`,
    );
  });
  await dialog.getByRole('button', { name: 'Last ned' }).click();
  const download = await downloading;
  await download.saveAs(file);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  return readFileSync(file);
}

/** Share of blocks whose mean grey differs by more than BLOCK_LEVEL. */
function getBlockDifference(a, b) {
  let differ = 0;
  let total = 0;
  for (let by = 0; by + BLOCK <= a.height; by += BLOCK) {
    for (let bx = 0; bx + BLOCK <= a.width; bx += BLOCK) {
      let sum = 0;
      for (let y = by; y < by + BLOCK; y++) {
        for (let x = bx, i = (y * a.width + x) * 4; x < bx + BLOCK; x++, i += 4)
          sum += a.data[i] + a.data[i + 1] + a.data[i + 2] - b.data[i] - b.data[i + 1] - b.data[i + 2];
      }
      total++;
      if (Math.abs(sum / (3 * BLOCK * BLOCK)) > BLOCK_LEVEL) differ++;
    }
  }
  return differ / total;
}

for (const template of templates) {
  test(`${template.id}: the canvas and the exported PNG differ in under ${MAX_DIFFERING * 100} % of pixels and of blocks`, async () => {
    const { page, errors } = await openEditor(browser, { width: 1900, height: 1250 });
    await openTemplate(page, template.doc);
    const exported = PNG.sync.read(await exportPng(page, out(`fidelity-${template.id}-export.png`)));
    const canvas = PNG.sync.read(await screenshotPage(page, out(`fidelity-${template.id}-canvas.png`)));
    assert.deepEqual([canvas.width, canvas.height], [exported.width, exported.height], 'same pixel size');
    const diff = new PNG({ width: canvas.width, height: canvas.height });
    const differing = pixelmatch(canvas.data, exported.data, diff.data, canvas.width, canvas.height, {
      threshold: PIXEL_THRESHOLD,
    });
    writeFileSync(out(`fidelity-${template.id}-diff.png`), PNG.sync.write(diff));
    const share = differing / (canvas.width * canvas.height);
    const blocks = getBlockDifference(canvas, exported);
    console.log(
      `${template.id}: ${canvas.width} x ${canvas.height}, ${(share * 100).toFixed(3)} % of pixels and ${(blocks * 100).toFixed(3)} % of blocks differ`,
    );
    assert.ok(
      share < MAX_DIFFERING,
      `${(share * 100).toFixed(3)} % of pixels differ; see tests/e2e/out/fidelity-${template.id}-diff.png`,
    );
    assert.ok(blocks < MAX_DIFFERING, `${(blocks * 100).toFixed(3)} % of ${BLOCK} x ${BLOCK} blocks differ`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
