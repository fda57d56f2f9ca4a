import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { openEditor, useBrowser, out } from './browser.mjs';

const templatesDir = new URL('../../templates/', import.meta.url);
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.trapp.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, templatesDir), 'utf8')));
const lillesand = templates.find((t) => t.meta.municipality === 'Lillesand');

const browser = useBrowser();

/** Everything drawn on the canvas as one string: lines joined with spaces, so wrapped items read whole. */
async function drawnText(page) {
  const lines = await page.locator('.react-flow__node-scene text').allTextContents();
  return lines.join(' ').replace(/\s+/g, ' ');
}

test('the gallery shows every template; Lillesand opens and its step 7 page shows its services', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny trapp' });
  for (const template of templates) {
    await assert.doesNotReject(
      dialog
        .getByRole('button', { name: `Bruk malen ${template.meta.municipality}: ${template.meta.title}` })
        .waitFor(),
      template.meta.municipality,
    );
  }
  await page.screenshot({ path: out('gallery.png') });
  await dialog.getByRole('button', { name: /Bruk malen Lillesand/ }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(await drawnText(page), /LILLESAND KOMMUNE/);

  await page.getByRole('navigation', { name: 'Sider' }).getByRole('button', { name: 'Trinn 7', exact: true }).click();
  const step7 = lillesand.steps[6];
  await page.waitForFunction(
    (title) => [...document.querySelectorAll('.react-flow__node-scene text')].some((t) => t.textContent === title),
    step7.title,
  );
  const text = await drawnText(page);
  for (const section of step7.sections) {
    for (const item of section.items) assert.ok(text.includes(item.text), `step 7 item "${item.text}" is drawn`);
  }
  assert.match(await page.getByRole('status').innerText(), /All tekst får plass/);
  await page.screenshot({ path: out('lillesand-step-7.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a blank trapp in nynorsk with five steps', async () => {
  const { page } = await openEditor(browser);
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny trapp' });
  await dialog.getByLabel('Antall trinn').fill('5');
  await dialog.getByLabel('Språk i trappa').selectOption('nn');
  await dialog.getByRole('button', { name: 'Lag tom trapp' }).click();
  const steps = page.getByRole('navigation', { name: 'Trinn' }).getByRole('listitem');
  assert.equal(await steps.count(), 5);
  const text = await drawnText(page);
  for (let n = 1; n <= 5; n++) assert.ok(text.includes(`Trinn ${n}`));
  assert.match(text, /Heilskapleg innsatstrapp/);
  await page.close();
});

test('changing the paper size re-lays the page and can be undone', async () => {
  const { page } = await openEditor(browser);
  const sheet = page.locator('.page-sheet').first();
  const landscape = await sheet.evaluate((el) => [el.offsetWidth, el.offsetHeight]);
  await page.getByLabel('Papir', { exact: true }).selectOption('A4');
  await page.getByLabel('Papirretning').selectOption('portrait');
  const portrait = await sheet.evaluate((el) => [el.offsetWidth, el.offsetHeight]);
  assert.ok(landscape[0] > landscape[1] && portrait[0] < portrait[1], `${landscape} then ${portrait}`);
  assert.ok(Math.abs(portrait[0] - 595.28) < 1, 'A4 is 595 pt wide');
  await page.screenshot({ path: out('a4-portrait.png') });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  assert.deepEqual(await sheet.evaluate((el) => [el.offsetWidth, el.offsetHeight]), landscape);
  await page.close();
});
