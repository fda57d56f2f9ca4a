// What the first page load leaves out (issue 18) must still be there when needed: the validator
// before a stored document is shown, the inspectors when something is selected, and a message,
// not a blank, when one of those chunks cannot be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openEditor, openTemplate, useBrowser } from './browser.mjs';
import { drawnTitle, setStepTitle, waitSaved } from './storageHelpers.mjs';

const browser = useBrowser();
// A class name zod keeps in the minified build: a script holding it carries the validator.
const VALIDATOR = 'ZodObject';

/** The scripts fetched before the first drawn node appeared, with their text. */
async function scriptsBeforeFirstNode(page, navigate) {
  const responses = [];
  let drawn = false;
  const onResponse = (response) =>
    !drawn && new URL(response.url()).pathname.endsWith('.js') && responses.push(response);
  page.on('response', onResponse);
  await navigate();
  await page.waitForSelector('.react-flow__node-scene');
  drawn = true;
  page.off('response', onResponse);
  return Promise.all(responses.map(async (response) => ({ url: response.url(), text: await response.text() })));
}

test('a new visitor is drawn without the validator; the autosaved document is validated before it is shown again', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Routing turns the HTTP cache off, so the reload fetches (and reports) every script again.
  await page.route('**/*', (route) => route.continue());
  const first = await scriptsBeforeFirstNode(page, () => page.goto(baseUrl()));
  assert.ok(
    first.some((s) => s.text.includes('react-flow')),
    'the scripts were read',
  );
  assert.deepEqual(
    first.filter((s) => s.text.includes(VALIDATOR)).map((s) => s.url),
    [],
  );

  await setStepTitle(page, 2, 'Lastet fra lagring');
  await waitSaved(page);
  const again = await scriptsBeforeFirstNode(page, () => page.reload());
  assert.ok(
    again.some((s) => s.text.includes(VALIDATOR)),
    'the validator is loaded before the stored document is drawn',
  );
  assert.equal(await drawnTitle(page, 2), 'Lastet fra lagring');
  await context.close();
});

test('the inspectors load at the first selection, and a chunk that cannot be fetched leaves a message in the panel', async () => {
  const { page } = await openEditor(browser);
  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  await page.getByRole('complementary').getByLabel('Tittel', { exact: true }).waitFor();
  await page.close();

  const context = await browser.newContext();
  await context.route(/inspectorParts-[^/]*\.js$/, (route) => route.abort());
  const { page: broken } = await openEditor(context);
  await broken.getByRole('img', { name: /^Trinn 3:/ }).click();
  const alert = broken.locator('.inspector-slot [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Denne delen kunne ikke vises/);
  assert.ok((await broken.locator('.react-flow__node-scene').count()) > 0, 'the drawing stays');
  await context.close();
});

/** The ids of the canvas's nodes the moment the first one is drawn. */
async function nodesAtFirstPicture(page, navigate) {
  await navigate();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const read = () => [...document.querySelectorAll('.react-flow__node-scene')].map((n) => n.dataset.id);
        const poll = () => (read().length ? resolve(read()) : requestAnimationFrame(poll));
        poll();
      }),
  );
}

test("charts, tracks and icons: not in a new visitor's first load, and drawn from the first picture of a stored Alver", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const extras = [];
  page.on('request', (request) => /\/sceneExtras-[^/]*\.js$/.test(request.url()) && extras.push(request.url()));
  await page.goto(baseUrl());
  await page.waitForSelector('.react-flow__node-scene');
  assert.deepEqual(extras, [], 'the default template has no chart, track or icon');

  await openTemplate(page, 'Alver');
  await waitSaved(page);
  assert.equal(extras.length, 1, 'loaded once, when needed or when idle');

  // A returning visitor whose last document is Alver: its track and cost bars are in the very first picture.
  const first = await nodesAtFirstPicture(page, () => page.reload());
  assert.ok(
    first.some((id) => id.startsWith('track:')),
    `a track node at the first picture: ${first.join(' ')}`,
  );
  assert.ok(
    first.some((id) => id.startsWith('chart:')),
    'the cost bars at the first picture',
  );
  await context.close();
});

test('an icon chosen from the palette right after the page opens is drawn as strokes, not an empty box', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: /^Ikon/ }).first().click();
  await page.getByRole('group', { name: /ikon/i }).getByRole('button', { name: 'Hjerte', exact: true }).click();
  const icon = page.locator('.react-flow__node-scene[data-id^="element:"]').last();
  // The heart's strokes are curves; an icon drawn without its drawing would be an empty box.
  await icon.locator('path[d*="C"]').first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
