// The toolbar is a memo: selecting something on the canvas (which draws the app shell again) must
// not draw it again, while an edit it shows (undo becomes possible) does. React commits are counted
// through the devtools hook (renderCounts.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEditor, useBrowser } from './browser.mjs';
import { countRenders, readRenders } from './renderCounts.mjs';

const browser = useBrowser();

test('selecting on the canvas leaves the toolbar alone; an edit draws it again', async () => {
  const context = await browser.newContext();
  // The toolbar: the component with `onPresent` and `onDataTable` props.
  await context.addInitScript(countRenders, { toolbar: ['onPresent', 'onDataTable'] });
  const { page, errors } = await openEditor(context);
  const start = await readRenders(page);
  assert.ok(start.toolbar > 0, 'the toolbar was seen when the app was first drawn');

  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Trinn 3' }).waitFor();
  const selected = await readRenders(page);
  assert.ok(selected.commits > start.commits, 'selecting committed');
  assert.equal(selected.toolbar, start.toolbar, 'selecting a step did not draw the toolbar again');

  await inspector.getByLabel('Tittel', { exact: true }).fill('Tidlig innsats for alle');
  await page.locator('button:not([disabled])', { hasText: 'Angre' }).first().waitFor();
  const edited = await readRenders(page);
  assert.ok(edited.toolbar > selected.toolbar, 'an edit that enables undo drew the toolbar');
  assert.deepEqual(errors, []);
  await context.close();
});
