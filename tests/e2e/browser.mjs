// Starts Debian's Chromium through playwright-core. Never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium() {
  return existsSync(chromiumPath);
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const baseUrl = () => process.env.TRAPPA_URL ?? 'http://127.0.0.1:4173/';

/** A page with the editor loaded and its fonts ready. */
export async function openEditor(browser, { width = 1440, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(baseUrl());
  await page.waitForSelector('.react-flow__node-scene');
  await page.evaluate(() => document.fonts.ready);
  return { page, errors };
}
