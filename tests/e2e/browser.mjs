// Starts Debian's Chromium through playwright-core. Never downloads a browser.
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // The interface follows the browser's language, and the tests read the bokmål interface:
  // every page speaks Norwegian bokmål unless a test asks for another locale.
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'nb-NO', ...options });
  browser.newPage = (options = {}) => newPage({ locale: 'nb-NO', ...options });
  return browser;
}

export const baseUrl = () => process.env.TRAPPA_URL ?? 'http://127.0.0.1:4173/';

/**
 * A page with the editor loaded and its fonts ready. Given a browser, the page gets a fresh
 * context (its own storage, as a new visitor); given a context, pages share its storage, as
 * tabs of one browser profile do.
 */
export async function openEditor(browserOrContext, { width = 1440, height = 900 } = {}) {
  const context = 'newContext' in browserOrContext ? await browserOrContext.newContext() : browserOrContext;
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(baseUrl());
  await page.waitForSelector('.react-flow__node-scene');
  await page.evaluate(() => document.fonts.ready);
  return { page, errors };
}

/**
 * One Chromium for a test file: launched before its tests and closed after them. Returns a
 * stand-in that opens contexts on it, so `openEditor(browser)` and `browser.newContext()` work.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return { newContext: (...options) => browser.newContext(...options) };
}

const outDir = new URL('./out/', import.meta.url);
mkdirSync(outDir, { recursive: true });

/** Where a test writes a screenshot or file for people to look at: tests/e2e/out/<name>. */
export const out = (name) => new URL(name, outDir).pathname;

/** "Ny trapp" → a blank trapp with the given number of steps, as a user makes one. */
export async function createBlank(page, steps) {
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
  await gallery.getByLabel('Antall trinn').fill(String(steps));
  await gallery.getByRole('button', { name: 'Lag tom trapp' }).click();
  await gallery.waitFor({ state: 'detached' });
}

/** "Ny trapp" → the template of `municipality` (the start of its name), chosen by click. */
export async function openTemplate(page, municipality) {
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
  await gallery.getByRole('button', { name: new RegExp(`^Bruk malen ${municipality}`) }).click();
  await gallery.waitFor({ state: 'detached' });
}

/** The first shape drawn for the first canvas part whose node id starts with `idPrefix` (e.g. 'chartColumn:'). */
export const firstShape = (page, idPrefix) =>
  page.locator(`.react-flow__node-scene[data-id^="${idPrefix}"]`).first().locator('rect').first();

/** Drags a node by (dx, dy) screen pixels from its middle, in `steps` pointer moves, as a hand does. */
export async function dragBy(page, locator, dx, dy, steps = 12) {
  const box = await locator.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + (dx * i) / steps, y + (dy * i) / steps);
  await page.mouse.up();
}
