import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, useBrowser } from './browser.mjs';

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
