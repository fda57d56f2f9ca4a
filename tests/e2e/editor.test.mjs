import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openEditor, useBrowser, out } from './browser.mjs';

const template = JSON.parse(readFileSync(new URL('../../templates/ostre-toten.trapp.json', import.meta.url), 'utf8'));

const browser = useBrowser();

/** The words drawn on the canvas for one step, in drawing order. */
async function drawnStepText(page, number) {
  const node = page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) });
  const lines = await node.locator('text').allTextContents();
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

test('the default trapp shows every step title and subtitle on the canvas', async () => {
  const { page, errors } = await openEditor(browser);
  for (const [i, step] of template.steps.entries()) {
    const drawn = await drawnStepText(page, i + 1);
    const expected = [String(i + 1), step.title, step.subtitle].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    assert.equal(drawn, expected, `step ${i + 1}`);
  }
  await assert.doesNotReject(page.getByRole('status').getByText('All tekst får plass.').waitFor());
  await page.screenshot({ path: out('editor.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('select a step on the canvas, edit its title, undo and redo the edit as one step', async () => {
  const { page } = await openEditor(browser);
  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  const inspector = page.getByRole('complementary');
  await assert.doesNotReject(inspector.getByRole('heading', { name: 'Trinn 3' }).waitFor());
  const title = inspector.getByLabel('Tittel', { exact: true });
  assert.equal(await title.inputValue(), 'Tidlig innsats');

  await title.fill('');
  await title.pressSequentially('Tidlig innsats for alle');
  assert.match(await drawnStepText(page, 3), /^3 Tidlig innsats for alle Mestring/);
  await page.screenshot({ path: out('editor-edited.png') });

  await page.keyboard.press('Control+z');
  assert.equal(await title.inputValue(), 'Tidlig innsats', 'one undo reverts the whole burst of typing');
  assert.match(await drawnStepText(page, 3), /^3 Tidlig innsats Mestring/);
  assert.equal(await page.getByRole('button', { name: /Angre/ }).isDisabled(), true);

  await page.keyboard.press('Control+Shift+z');
  assert.equal(await title.inputValue(), 'Tidlig innsats for alle');
  await page.getByRole('button', { name: /Angre/ }).click();
  assert.equal(await title.inputValue(), 'Tidlig innsats');
  await page.keyboard.press('Control+y');
  assert.equal(await title.inputValue(), 'Tidlig innsats for alle');
  await page.close();
});

test('the steps panel selects a step and the interface switches to English', async () => {
  const { page } = await openEditor(browser);
  await page
    .getByRole('navigation', { name: 'Trinn' })
    .getByRole('button', { name: /Boliger med fellesfunksjoner/ })
    .click();
  await assert.doesNotReject(page.getByRole('complementary').getByRole('heading', { name: 'Trinn 8' }).waitFor());
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 1);

  await page.getByLabel('Språk').selectOption('en');
  await assert.doesNotReject(page.getByRole('navigation', { name: 'Steps' }).waitFor());
  await assert.doesNotReject(page.getByRole('complementary').getByRole('heading', { name: 'Step 8' }).waitFor());
  await page.getByLabel('Language').selectOption('nb');
  await page.close();
});

test('the page stays whole in view when a side panel opens, unless the user has zoomed', async () => {
  const { page, errors } = await openEditor(browser);
  const inside = async () => {
    const [sheet, pane] = [
      await page.locator('.react-flow__node-page').first().boundingBox(),
      await page.locator('.react-flow').boundingBox(),
    ];
    return (
      sheet.x >= pane.x - 1 &&
      sheet.y >= pane.y - 1 &&
      sheet.x + sheet.width <= pane.x + pane.width + 1 &&
      sheet.y + sheet.height <= pane.y + pane.height + 1
    );
  };
  const scale = () =>
    page.locator('.react-flow__viewport').evaluate((v) => Number(/scale\(([\d.]+)\)/.exec(v.style.transform)[1]));
  assert.ok(await inside(), 'fitted at start');
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.theme-panel') !== null);
  await page.waitForTimeout(300);
  assert.ok(await inside(), 'still whole with the theme panel open');
  await page.getByRole('button', { name: 'Lukk' }).click();
  await page.waitForTimeout(300);
  assert.ok(await inside(), 'and after it closes');

  // Zoomed in by the user, the view is left alone.
  await page.getByRole('button', { name: 'Zoom inn' }).click();
  await page.waitForTimeout(400);
  const zoomed = await scale();
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await page.waitForTimeout(400);
  assert.equal(await scale(), zoomed);
  assert.deepEqual(errors, []);
  await page.close();
});
