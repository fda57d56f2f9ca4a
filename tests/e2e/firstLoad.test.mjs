import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, useBrowser } from './browser.mjs';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../../bench/measureFirstLoad.mjs';

const browser = useBrowser();

test('a first page load logs no console error and every request it makes succeeds', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  const failed = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(baseUrl());
  await page.waitForSelector('.react-flow__node-scene');
  await page.evaluate(() => document.fonts.ready);

  const icon = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="icon"]')?.getAttribute('href');
    return href ? (await fetch(href)).headers.get('content-type') : null;
  });
  assert.match(icon ?? '', /image\/svg\+xml/);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    return href ? (await fetch(href)).json() : null;
  });
  assert.equal(manifest?.name, 'Trappa');
  for (const { src } of manifest.icons) {
    const status = await page.evaluate(async (url) => (await fetch(url)).status, src);
    assert.equal(status, 200, src);
  }
  assert.deepEqual(failed, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the first page load fetches at most 200 KB of JavaScript (gzip), the budget of issue 18', () => {
  assert.ok(process.env.TRAPPA_DIST, 'run through tests/e2e/run.mjs, which builds the app and sets TRAPPA_DIST');
  const { gzip, files } = measureFirstLoad(process.env.TRAPPA_DIST);
  assert.ok(files.length > 0 && gzip > 50 * 1024, 'the entry script was found and measured');
  assert.ok(
    gzip <= FIRST_LOAD_BUDGET,
    `first load ${(gzip / 1024).toFixed(1)} KB gzip in ${files.map((f) => f.file).join(', ')}: over the budget`,
  );
});
