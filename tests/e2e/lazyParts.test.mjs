// What the first page load leaves out (issue 18) must still be there when needed: the validator
// before a stored document is shown, the inspectors when something is selected, and a message,
// not a blank, when one of those chunks cannot be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openEditor, useBrowser } from './browser.mjs';
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
