import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { firstShape, openEditor, openTemplate, useBrowser, out } from './browser.mjs';

const template = (name) =>
  JSON.parse(readFileSync(new URL(`../../templates/${name}.trapp.json`, import.meta.url), 'utf8'));

const browser = useBrowser();

const drawnText = async (page) =>
  (await page.locator('.react-flow__node-scene text').allTextContents()).join(' ').replace(/\s+/g, ' ');

test('Gausdal: dragging a curve point changes its value as one undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await openTemplate(page, 'Gausdal');
  const gausdal = template('gausdal');
  const text = await drawnText(page);
  for (const step of gausdal.steps) assert.ok(text.includes(step.title), step.title);
  for (const bar of gausdal.charts[0].bars) assert.ok(text.includes(bar.label), bar.label);

  // Select the chart by its first column; the handles appear.
  await firstShape(page, 'chartColumn:').click({ force: true });
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Mestringstrapp' }).waitFor();
  const curveField = inspector.getByRole('textbox', { name: /^Trinn 2: Ressursinnsats/ });
  const before = await curveField.inputValue();

  const handle = page.locator('.react-flow__node-handle[aria-label^="Dra for å endre kurven ved trinn 2 "]');
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - i * 6);
  await page.mouse.up();
  const after = Number(await curveField.inputValue());
  assert.ok(after > Number(before) + 5, `curve value rose from ${before} to ${after}`);
  await page.screenshot({ path: out('gausdal-dragged.png') });

  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await curveField.inputValue(), before, 'one undo reverts the whole drag');
  assert.equal(await page.getByRole('button', { name: /^↶ Angre/ }).isDisabled(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Alver: housing track under the steps, cost bars with negative values, a cell edited from the panel', async () => {
  const { page } = await openEditor(browser);
  await openTemplate(page, 'Alver');
  const alver = template('alver');
  const text = await drawnText(page);
  for (const column of alver.tracks[0].columns) assert.ok(text.includes(column.title.split(' ')[0]), column.title);
  assert.ok(text.includes('−63 778') && text.includes('182 718'), 'cost bars labelled in Norwegian format');
  assert.match(await page.getByRole('status').innerText(), /All tekst får plass/);
  await page.screenshot({ path: out('alver-overview.png') });

  await firstShape(page, 'trackCell:').click({ force: true });
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Parallell trapp' }).waitFor();
  const cell = inspector.getByLabel(alver.tracks[0].rows[1].label, { exact: true });
  await cell.fill('Heimetenester etter behov');
  assert.ok((await drawnText(page)).includes('Heimetenester etter behov'));
  await page.keyboard.press('Control+z');
  assert.ok(!(await drawnText(page)).includes('Heimetenester etter behov'));
  await page.close();
});
