import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openEditor, useBrowser } from './browser.mjs';

// Built-in themes in panel order, with what tells each apart on the canvas: step 1's drawn body.
const themes = [
  { id: 'fjord', name: 'Fjord', body: 'rect' },
  { id: 'skerries', name: 'Skjærgård', body: 'path' },
  { id: 'forest', name: 'Skog', body: 'rect' },
  { id: 'field', name: 'Åker', body: 'rect' },
  { id: 'mountain', name: 'Fjell', body: 'rect' },
  { id: 'heather', name: 'Lynghei', body: 'rect' },
  { id: 'highContrast', name: 'Høy kontrast', body: 'rect' },
  { id: 'greyscale', name: 'Gråtoner', body: 'rect' },
];

const browser = useBrowser();

const step = (page, number) => page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) });
/** The fill of the first shape drawn for a step: its body. */
const stepFill = (page, number) => step(page, number).locator('rect, path').first().getAttribute('fill');
const panel = (page) => page.getByRole('complementary', { name: 'Tema og oppsett' });
const status = (page) => page.locator('footer.statusbar');

async function openLillesand(page) {
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny trapp' });
  await dialog.getByRole('button', { name: /Bruk malen Lillesand/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await step(page, 12).waitFor();
}

test('each built-in theme restyles the canvas in one undo step, readable and with every text in place', async () => {
  const { page, errors } = await openEditor(browser, { width: 1600, height: 1000 });
  await openLillesand(page);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  const fills = new Set();
  for (const theme of themes) {
    await panel(page).getByRole('button', { name: theme.name, exact: true }).click();
    await assert.doesNotReject(panel(page).getByText(`Gjeldende tema: ${theme.name}`).waitFor(), theme.name);
    assert.equal(await panel(page).getByRole('button', { name: theme.name, exact: true }).getAttribute('aria-pressed'), 'true');
    await assert.doesNotReject(status(page).getByText('All tekst har god nok kontrast.').waitFor(), `${theme.name}: contrast`);
    await assert.doesNotReject(status(page).getByText('All tekst får plass.').waitFor(), `${theme.name}: overflow`);
    assert.equal(await step(page, 12).locator('rect, path').first().evaluate((e) => e.tagName), theme.body, theme.name);
    fills.add(await stepFill(page, 12));
    // The panel closes for the picture, so the whole page shows.
    await page.getByRole('button', { name: 'Lukk' }).click();
    await page.locator('main.canvas').screenshot({ path: `/tmp/theme-${theme.id}.png` });
    await page.getByRole('button', { name: 'Tema', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Lukk' }).click();
  assert.equal(fills.size, themes.length, 'every theme colours the steps its own way');

  // Each switch was one undo step: undoing walks back through the themes to Fjord.
  for (const theme of [...themes].reverse().slice(1)) {
    await page.getByRole('button', { name: /^↶ Angre/ }).click();
    await page.getByRole('button', { name: 'Tema', exact: true }).click();
    await assert.doesNotReject(panel(page).getByText(`Gjeldende tema: ${theme.name}`).waitFor(), `undo to ${theme.name}`);
    await page.getByRole('button', { name: 'Lukk' }).click();
  }
  await page.getByRole('button', { name: /^↷ Gjør om/ }).click();
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Skjærgård').waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test('a step’s own colour shows as overridden, survives a theme change, is checked for contrast, fixed and reset', async () => {
  const { page, errors } = await openEditor(browser);
  await step(page, 1).click();
  const inspector = page.getByRole('region', { name: 'Eget utseende for trinnet' });
  await assert.doesNotReject(inspector.getByText('Fra temaet').first().waitFor());
  const themeFill = await stepFill(page, 1);

  await inspector.getByLabel('Fyllfarge', { exact: true }).fill('#7a2040');
  assert.equal(await stepFill(page, 1), '#7a2040');
  await assert.doesNotReject(inspector.getByRole('button', { name: 'Tilbakestill: Fyllfarge' }).waitFor());

  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Skog', exact: true }).click();
  assert.equal(await stepFill(page, 1), '#7a2040', 'the override outlives the theme');

  // A pale text colour on the dark fill fails; the one-click fix darkens or lightens it until it passes.
  await inspector.getByLabel('Tekstfarge', { exact: true }).fill('#8a5060');
  await assert.doesNotReject(status(page).getByRole('button', { name: /kontrastfeil/ }).waitFor());
  await panel(page).getByRole('button', { name: 'Rett opp' }).first().click();
  await assert.doesNotReject(status(page).getByText('All tekst har god nok kontrast.').waitFor());

  await inspector.getByRole('button', { name: 'Tilbakestill: Fyllfarge' }).click();
  await inspector.getByRole('button', { name: 'Tilbakestill: Tekstfarge' }).click();
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await stepFill(page, 1), '#7a2040', 'undo brings the override back');
  await page.getByRole('button', { name: /^↷ Gjør om/ }).click();
  assert.equal(await stepFill(page, 1), '#e4f0da', 'redo clears the fill again: step 1 takes the Skog theme’s first colour');
  assert.notEqual(themeFill, '#7a2040');
  assert.deepEqual(errors, []);
  await page.close();
});

const serif = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';

test('an uploaded TTF is registered with the browser and draws the canvas when chosen as heading font', { skip: !existsSync(serif) && 'no Liberation Serif on this machine' }, async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByLabel('Last opp skrift (TTF) …').setInputFiles(serif);
  await assert.doesNotReject(panel(page).getByText('La til Liberation Serif (vekt 400).').waitFor());
  await panel(page).getByLabel('Skrift for titler').selectOption('Liberation Serif');
  await page.waitForFunction(() => [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Liberation Serif' && face.status === 'loaded'));
  const families = await step(page, 3).locator('text').evaluateAll((texts) => texts.map((t) => t.getAttribute('font-family')));
  assert.deepEqual([...new Set(families)].sort(), ["'Liberation Serif'", "'Source Sans 3'"]);
  // Undo takes the theme back to Source Sans; the font stays in the document until removed.
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.deepEqual([...new Set(await step(page, 3).locator('text').evaluateAll((texts) => texts.map((t) => t.getAttribute('font-family'))))], ["'Source Sans 3'"]);
  await panel(page).getByRole('button', { name: 'Fjern Liberation Serif 400' }).click();
  await page.waitForFunction(() => ![...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Liberation Serif'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a brand kit saved once applies to another document in one undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Lynghei', exact: true }).click();
  await panel(page).getByLabel('Navn på merkevaren').fill('Toten-profil');
  await panel(page).getByRole('button', { name: 'Lagre utseendet' }).click();
  await openLillesand(page);
  // The panel stays open across documents.
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  await panel(page).getByRole('button', { name: 'Bruk merkevaren Toten-profil' }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Lynghei').waitFor());
  const drawn = (await page.locator('.react-flow__node-scene text').allTextContents()).join(' ');
  assert.match(drawn, /ØSTRE TOTEN KOMMUNE/, 'the kit brings its municipality’s name');
  assert.match(drawn, /Helhetlig tverrsektoriell innsatstrapp/, 'and leaves the content alone');
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  await panel(page).getByRole('button', { name: 'Slett merkevaren Toten-profil' }).click();
  assert.equal(await panel(page).getByRole('button', { name: 'Bruk merkevaren Toten-profil' }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
