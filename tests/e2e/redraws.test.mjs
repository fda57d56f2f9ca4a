// The toolbar and the page strip are memos: selecting something on the canvas (which draws the app
// shell again) must not draw them again, nor typing in a step's title the page strip, while an edit
// each shows does (undo becomes possible; a new step gets a page). React commits are counted through
// the devtools hook (renderCounts.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEditor, useBrowser } from './browser.mjs';
import { countRenders, readRenders } from './renderCounts.mjs';

const browser = useBrowser();

test('selecting on the canvas leaves the toolbar and the page strip alone; an edit they show draws them again', async () => {
  const context = await browser.newContext();
  // The toolbar: the component with `onPresent` and `onDataTable` props.
  // The page strip: the component with `current` and `onPage`.
  await context.addInitScript(countRenders, {
    toolbar: ['onPresent', 'onDataTable'],
    pageStrip: ['current', 'onPage'],
  });
  const { page, errors } = await openEditor(context);
  const start = await readRenders(page);
  assert.ok(start.toolbar > 0, 'the toolbar was seen when the app was first drawn');
  assert.ok(start.pageStrip > 0, 'the page strip was seen when the app was first drawn');

  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Trinn 3' }).waitFor();
  const selected = await readRenders(page);
  assert.ok(selected.commits > start.commits, 'selecting committed');
  assert.equal(selected.toolbar, start.toolbar, 'selecting a step did not draw the toolbar again');
  assert.equal(selected.pageStrip, start.pageStrip, 'selecting a step did not draw the page strip again');

  await inspector.getByLabel('Tittel', { exact: true }).fill('Tidlig innsats for alle');
  await page.locator('button:not([disabled])', { hasText: 'Angre' }).first().waitFor();
  const edited = await readRenders(page);
  assert.ok(edited.toolbar > selected.toolbar, 'an edit that enables undo drew the toolbar');
  assert.equal(edited.pageStrip, selected.pageStrip, "typing in a step's title did not draw the page strip again");

  // A new step gets its own page, named in the strip.
  await page.getByRole('navigation', { name: 'Trinn' }).getByRole('button', { name: '+ Nytt trinn' }).click();
  const strip = page.getByRole('navigation', { name: 'Sider' });
  await strip.getByRole('button', { name: 'Trinn 12' }).waitFor();
  assert.ok((await readRenders(page)).pageStrip > edited.pageStrip, 'a new step drew the page strip');
  assert.deepEqual(errors, []);
  await context.close();
});
