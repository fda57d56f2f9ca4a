import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBlank, openEditor, openTemplate, useBrowser, out } from './browser.mjs';

const browser = useBrowser();

/** Each step's drawn text (title, then subtitle), bottom step first. */
async function drawnTitles(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node-scene[data-id^="step:"]')]
      .map((node) => [...node.querySelectorAll('text')].map((t) => t.textContent))
      .map((texts) => ({ number: Number(texts[0]), title: texts.slice(1).join(' ') }))
      .sort((a, b) => a.number - b.number)
      .map((s) => s.title),
  );
}

test('build a trapp from blank in the panels, then undo all of it and redo it', async () => {
  const { page, errors } = await openEditor(browser);
  await createBlank(page, 5);
  const blank = await drawnTitles(page);
  assert.deepEqual(blank, ['Trinn 1', 'Trinn 2', 'Trinn 3', 'Trinn 4', 'Trinn 5']);

  const steps = page.getByRole('navigation', { name: 'Trinn' });
  const inspector = page.getByRole('complementary');
  // Rename step 3.
  await steps.getByRole('button', { name: /^3\s*Trinn 3$/ }).click();
  await inspector.getByLabel('Tittel', { exact: true }).fill('Tidlig innsats');
  // Add a sixth step at the top and name it.
  await steps.getByRole('button', { name: /^5\s*Trinn 5$/ }).click();
  await steps.getByRole('button', { name: '+ Nytt trinn' }).click();
  await inspector.getByLabel('Tittel', { exact: true }).fill('Heldøgns omsorg');
  // Give step 3 a commitment with a nested item.
  await steps.getByRole('button', { name: /Tidlig innsats/ }).click();
  await inspector.getByRole('button', { name: '+ Punkt' }).first().click();
  await page.keyboard.type('Tilbyr råd og veiledning');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kurs for pårørende');
  await page.keyboard.press('Tab');
  // Reorder: drag step 2 onto step 4's place.
  await steps
    .getByRole('button', { name: /^2\s*Trinn 2$/ })
    .dragTo(steps.getByRole('button', { name: /^4\s*Trinn 4$/ }));
  const built = await drawnTitles(page);
  // A new trapp is at the automatic detail level: a step shows its services (here its one commitment) under its title.
  assert.deepEqual(built, [
    'Trinn 1',
    'Tidlig innsats •\u00a0Tilbyr råd og veiledning',
    'Trinn 4',
    'Trinn 2',
    'Trinn 5',
    'Heldøgns omsorg',
  ]);
  await page.screenshot({ path: out('built-from-blank.png') });

  const undo = page.getByRole('button', { name: /^↶ Angre/ });
  let undos = 0;
  while (!(await undo.isDisabled())) {
    await undo.click();
    undos++;
  }
  assert.deepEqual(await drawnTitles(page), blank, 'undo returns to the blank trapp');
  assert.ok(undos >= 6 && undos <= 10, `each action is one undo step (${undos})`);
  const redo = page.getByRole('button', { name: /^↷ Gjør om/ });
  while (!(await redo.isDisabled())) await redo.click();
  assert.deepEqual(await drawnTitles(page), built, 'redo brings it all back');
  await steps.getByRole('button', { name: /Tidlig innsats/ }).click();
  assert.equal(
    await inspector.getByRole('textbox', { name: 'Kommunens forpliktelser, punkt 2' }).inputValue(),
    'Kurs for pårørende',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('double-click a step title on the canvas to edit it in place; Escape takes it back', async () => {
  const { page, errors } = await openEditor(browser);
  const title = page
    .locator('.react-flow__node-scene[data-id^="step:"]')
    .filter({ hasText: 'Tidlig innsats' })
    .locator('text')
    .nth(1);
  await title.dblclick({ force: true });
  const field = page.getByRole('textbox', { name: /Rediger teksten/ });
  await field.waitFor();
  assert.equal(await field.inputValue(), 'Tidlig innsats');
  await page.keyboard.type('Tidlig innsats og mestring');
  assert.ok(
    (await drawnTitles(page)).includes('Tidlig innsats og mestring Mestring i hverdagen'),
    'the staircase re-flows while typing',
  );
  await page.screenshot({ path: out('inline-editing.png') });
  await page.keyboard.press('Enter');
  await field.waitFor({ state: 'detached' });
  assert.equal(
    await page.getByRole('complementary').getByLabel('Tittel', { exact: true }).inputValue(),
    'Tidlig innsats og mestring',
  );

  await page
    .locator('.react-flow__node-scene[data-id^="step:"]')
    .filter({ hasText: 'Tidlig innsats og mestring' })
    .locator('text')
    .nth(1)
    .dblclick({ force: true });
  await field.waitFor();
  // Typing before the text keeps the caret where it types (it jumped to the end after one key before).
  await page.keyboard.press('Home');
  await page.keyboard.type('Noe annet ');
  assert.equal(await field.inputValue(), 'Noe annet Tidlig innsats og mestring');
  await page.keyboard.press('Escape');
  await field.waitFor({ state: 'detached' });
  assert.ok(
    (await drawnTitles(page)).includes('Tidlig innsats og mestring Mestring i hverdagen'),
    'Escape restores the text',
  );
  await page.keyboard.press('Control+z');
  assert.ok(
    (await drawnTitles(page)).includes('Tidlig innsats Mestring i hverdagen'),
    'the kept edit is one undo step',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('Alver: a band label and a cell of the housing staircase are edited in place, each one undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await openTemplate(page, 'Alver');
  const field = page.getByRole('textbox', { name: /Rediger teksten/ });
  const drawn = (locator) =>
    locator
      .locator('text')
      .allTextContents()
      .then((texts) => texts.join(' '));
  /** Double-clicks a node's first text and types a new one in its place. */
  const retype = async (node, text) => {
    await node.locator('text').first().dblclick({ force: true });
    await field.press('Control+a');
    await field.pressSequentially(text);
    await field.press('Enter');
    await field.waitFor({ state: 'detached' });
  };

  const band = page.locator('.react-flow__node-scene[data-id^="band:"]').filter({ hasText: 'JOBB, AKTIVITET' });
  await retype(band, 'Arbeid og aktivitet');
  assert.match(
    await drawn(page.locator('.react-flow__node-scene[data-id^="band:"]').filter({ hasText: 'ARBEID OG AKTIVITET' })),
    /ARBEID OG AKTIVITET/,
  );

  const cell = page.locator('.react-flow__node-scene[data-id^="trackCell:"]').filter({ hasText: 'vederlag' });
  await retype(cell, 'Vederlag etter forskrift');
  await page
    .locator('.react-flow__node-scene[data-id^="trackCell:"]')
    .filter({ hasText: 'Vederlag etter forskrift' })
    .waitFor();
  await page.screenshot({ path: out('inline-band-and-cell.png') });

  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await page.locator('.react-flow__node-scene[data-id^="trackCell:"]').filter({ hasText: 'vederlag' }).waitFor();
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await page.locator('.react-flow__node-scene[data-id^="band:"]').filter({ hasText: 'JOBB, AKTIVITET' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
