import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEditor, useBrowser, out } from './browser.mjs';
import { formatViolations, getSeriousViolations } from './axe.mjs';

const browser = useBrowser();

async function assertAccessible(page, view) {
  const violations = await getSeriousViolations(page);
  assert.equal(violations.length, 0, `${view}:\n${formatViolations(violations)}`);
}

test('axe finds no serious or critical violation in the editor, each inspector state and each panel', async () => {
  const { page } = await openEditor(browser);
  await assertAccessible(page, 'editor');

  await page.getByRole('button', { name: 'Ny trapp' }).click();
  const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
  await gallery.getByRole('button', { name: /Bruk malen Lillesand/ }).waitFor();
  await assertAccessible(page, 'gallery');
  await gallery.getByRole('button', { name: /Bruk malen Lillesand/ }).click();
  await gallery.waitFor({ state: 'detached' });

  // The steps beside the drawing, each with its services as lists in the document's language.
  const services = page
    .getByRole('region', { name: /Trinnene i trappa/ })
    .locator(':scope > ol > li')
    .nth(2)
    .getByRole('list', { name: 'Tjenester' });
  assert.match(await services.locator(':scope > li').first().textContent(), /^Rådgiving og koordinering/);
  assert.equal(await services.locator(':scope > li').first().getAttribute('lang'), 'nb');
  assert.ok((await services.getByRole('listitem').count()) > 10, 'step 3 lists its services');

  const inspector = page.getByRole('complementary', { name: 'Innhold' });
  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  await inspector.getByRole('heading', { name: 'Trinn 3' }).waitFor();
  await assertAccessible(page, 'step inspector');

  await page
    .getByRole('img', { name: /^Gruppe av trinn/ })
    .first()
    .click();
  await inspector.getByRole('heading', { name: 'Gruppe av trinn' }).waitFor();
  await assertAccessible(page, 'band inspector');

  // The header by keyboard: focus its node on the canvas, Enter.
  await page.locator('.react-flow__node-scene[aria-label^="Lillesand:"]').focus();
  await page.keyboard.press('Enter');
  await inspector.getByRole('heading', { name: 'Tittel og kommune' }).waitFor();
  await assertAccessible(page, 'header inspector');

  const themeButton = page.getByRole('button', { name: 'Tema', exact: true });
  if (await themeButton.count()) {
    await themeButton.click();
    await page.locator('.theme-panel').waitFor();
    await assertAccessible(page, 'theme panel');
    await themeButton.click();
  }

  await page.getByRole('button', { name: /Fil/ }).click();
  await page.getByRole('menu').waitFor();
  await assertAccessible(page, 'file menu');
  await page.getByRole('menuitem', { name: /Mine trapper/ }).click();
  const library = page.getByRole('dialog', { name: 'Mine trapper' });
  await library.waitFor();
  await library.getByRole('article').first().waitFor();
  await assertAccessible(page, 'library');
  await page.keyboard.press('Escape');
  await library.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Eksporter' }).click();
  const exporter = page.getByRole('dialog', { name: 'Eksporter' });
  await exporter.getByRole('img', { name: 'Forhåndsvisning av første side' }).waitFor();
  await assertAccessible(page, 'export dialog');
  await page.keyboard.press('Escape');

  await page.locator('.toolbar').getByLabel('Språk').selectOption('nn');
  await page.getByRole('button', { name: 'Gjer om' }).waitFor();
  await assertAccessible(page, 'editor in nynorsk');
  await page.locator('.toolbar').getByLabel('Språk').selectOption('nb');
  await page.close();
});

test('axe finds no serious or critical violation in presentation mode', async () => {
  const { page } = await openEditor(browser);
  await page.getByRole('button', { name: /Presenter/ }).click();
  const show = page.getByRole('dialog', { name: 'Presentasjon' });
  await show.waitFor();
  await assertAccessible(page, 'presentation, overview');
  await page.keyboard.press('ArrowRight');
  await show.getByText(/^Lysbilde 2 av/).waitFor();
  await page.mouse.move(600, 880);
  await assertAccessible(page, 'presentation, step revealed');
  await page.keyboard.press('Escape');
  await page.close();
});

test('keyboard focus is visible on the canvas and Enter opens a step in the inspector', async () => {
  const { page } = await openEditor(browser);
  const step = page.locator('.react-flow__node-scene[aria-label^="Trinn 2:"]');
  await step.focus();
  const outline = await step.locator('.scene-node').evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Enter');
  const title = page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  await title.waitFor();
  assert.equal(await title.evaluate((el) => el === document.activeElement), true, 'the title field has focus');
  await page.keyboard.press('Escape');
  assert.equal(
    await step.evaluate((el) => el === document.activeElement),
    true,
    'Escape returns to the step on the canvas',
  );
  const stepsOutline = page.getByRole('region', { name: /Trinnene i trappa/ });
  const outline2 = await stepsOutline.locator(':scope > ol > li').allTextContents();
  assert.equal(outline2.length, 11);
  assert.match(outline2[0], /^Trinn 1: /);
  await page.close();
});

test('at 200 % zoom (1280 x 800 at twice the size) the panels sit under the canvas, not over it', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const { page } = await openEditor(context, { width: 640, height: 400 });
  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  const box = (selector) => page.locator(selector).first().boundingBox();
  const [canvas, steps, inspector] = await Promise.all([box('main.canvas'), box('.steps-panel'), box('.inspector')]);
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.ok(canvas.width >= 600 && canvas.height >= 240, `canvas ${JSON.stringify(canvas)}`);
  assert.equal(overlaps(canvas, steps) || overlaps(canvas, inspector), false);
  await page.screenshot({ path: out('zoom-200.png') });
  await page.screenshot({ path: out('zoom-200-full.png'), fullPage: true });
  await assertAccessible(page, 'editor at 200 %');
  await context.close();
});

test('with reduced motion asked for, nothing animates', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const { page } = await openEditor(context);
  await page.getByRole('button', { name: /Presenter/ }).click();
  const svg = page.getByRole('dialog', { name: 'Presentasjon' }).locator('.scene-svg');
  const duration = await svg.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
  assert.ok(duration < 0.001, `animation ${duration}s`);
  await context.close();
});
