// Issue 5's acceptance scenario, as a new user does it on the canvas and in the panels: a blank
// trapp of 5 steps; step 3 renamed in place; a sixth step dragged from the palette; steps 2 and 4
// swapped in the steps panel; a text box from the palette and a logo from the disk, aligned; an
// arrow from the one to the other, one of its ends moved, and the text box moved with the arrow
// following. After every action the drawn scene
// is recorded; undo must walk back through exactly those scenes to the blank trapp, one action per
// step, and redo forward through them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createBlank, openEditor, useBrowser, out } from './browser.mjs';

const browser = useBrowser();
const logoBytes = [...readFileSync(new URL('./fixtures/kommune-logo.png', import.meta.url))];

const tile = (page, name) => page.getByRole('region', { name: 'Sett inn' }).getByRole('button', { name, exact: true });
const stepNode = (page, number) => page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) });
const centreOf = async (locator) => {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** What the canvas draws: every part's name and place, and every arrow's line, in a stable order. */
function readScene(page) {
  return page.evaluate(() => ({
    parts: [...document.querySelectorAll('.react-flow__node-scene')]
      .map(
        (n) =>
          `${n.dataset.id} | ${n.getAttribute('aria-label')} | ${n.style.transform} | ${n.style.width} x ${n.style.height}`,
      )
      .sort(),
    arrows: [...document.querySelectorAll('.react-flow__edge-connector path[stroke]')]
      .map((p) => p.getAttribute('d'))
      .sort(),
  }));
}

/**
 * The scene once the canvas has settled: the same on two reads a few frames apart (up to 2 s), so a
 * frame in which React Flow is still measuring an edge after a drop is not what gets recorded.
 */
async function readSettledScene(page) {
  let last = await readScene(page);
  for (let waited = 0; waited < 2000; waited += 100) {
    await page.waitForTimeout(100);
    const next = await readScene(page);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

/** Waits (up to 3 s) for the canvas to draw `expected`; then compares, so a failure shows the difference. */
async function expectScene(page, expected, message) {
  for (let waited = 0; waited < 3000; waited += 50) {
    if (JSON.stringify(await readScene(page)) === JSON.stringify(expected)) return;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(await readScene(page), expected, message);
}

/** The step titles in step order, as the canvas names them. */
async function stepTitles(page) {
  const names = await page
    .locator('.react-flow__node-scene[data-id^="step:"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  return names
    .map((name) => /^Trinn (\d+): (.*)$/.exec(name))
    .sort((a, b) => a[1] - b[1])
    .map((m) => m[2]);
}

async function drag(page, from, to, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.mouse.up();
}

/** A PNG dragged from the file manager and dropped at a point of the canvas. */
async function dropFileFromDisk(page, at, name, bytes) {
  await page.locator('.react-flow').evaluate(
    (flow, { at, name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        flow
          .querySelector('.react-flow__pane')
          .dispatchEvent(
            new DragEvent(type, { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }),
          );
      }
    },
    { at, name, bytes },
  );
}

test('from blank to a built trapp on the canvas, then undo every action back to blank and redo it all', async () => {
  const { page, errors } = await openEditor(browser);
  await createBlank(page, 5);
  assert.deepEqual(await stepTitles(page), ['Trinn 1', 'Trinn 2', 'Trinn 3', 'Trinn 4', 'Trinn 5']);
  const scenes = [await readScene(page)];
  const done = async (what) => {
    const scene = await readSettledScene(page);
    assert.notDeepEqual(scene, scenes.at(-1), `${what} changed the drawing`);
    scenes.push(scene);
  };

  // Step 3 renamed in place: double-click its title, type, Enter.
  await stepNode(page, 3).locator('text').nth(1).dblclick({ force: true });
  const field = page.getByRole('textbox', { name: /Rediger teksten/ });
  await field.press('Control+a');
  await field.pressSequentially('Tidlig innsats');
  await field.press('Enter');
  await field.waitFor({ state: 'detached' });
  assert.deepEqual(await stepTitles(page), ['Trinn 1', 'Trinn 2', 'Tidlig innsats', 'Trinn 4', 'Trinn 5']);
  await done('renaming step 3');

  // A sixth step from the palette, dropped beyond the top step.
  const flowBox = await page.locator('.react-flow').boundingBox();
  const fifth = await stepNode(page, 5).boundingBox();
  await tile(page, 'Trinn').dragTo(page.locator('.react-flow'), {
    targetPosition: { x: fifth.x + fifth.width + 20 - flowBox.x, y: fifth.y - 20 - flowBox.y },
  });
  await stepNode(page, 6).waitFor();
  assert.deepEqual(await stepTitles(page), [
    'Trinn 1',
    'Trinn 2',
    'Tidlig innsats',
    'Trinn 4',
    'Trinn 5',
    'Nytt trinn',
  ]);
  await done('dropping a step');

  // Steps 2 and 4 swapped in the steps panel: 2 dragged onto 4's place, then 4 onto 2's.
  const panel = page.getByRole('navigation', { name: 'Trinn' });
  await panel
    .getByRole('button', { name: /^2\s*Trinn 2$/ })
    .dragTo(panel.getByRole('button', { name: /^4\s*Trinn 4$/ }));
  assert.deepEqual(await stepTitles(page), [
    'Trinn 1',
    'Tidlig innsats',
    'Trinn 4',
    'Trinn 2',
    'Trinn 5',
    'Nytt trinn',
  ]);
  await done('moving step 2');
  await panel
    .getByRole('button', { name: /^3\s*Trinn 4$/ })
    .dragTo(panel.getByRole('button', { name: /^2\s*Tidlig innsats$/ }));
  assert.deepEqual(await stepTitles(page), [
    'Trinn 1',
    'Trinn 4',
    'Tidlig innsats',
    'Trinn 2',
    'Trinn 5',
    'Nytt trinn',
  ]);
  await done('moving step 4');

  // A text box from the palette and a logo from the disk, both in the empty upper left of the page.
  const sheet = await page.locator('.react-flow__node-page').first().boundingBox();
  const textAt = { x: sheet.x + sheet.width * 0.2, y: sheet.y + sheet.height * 0.3 };
  await tile(page, 'Tekstboks').dragTo(page.locator('.react-flow'), {
    targetPosition: { x: textAt.x - flowBox.x, y: textAt.y - flowBox.y },
  });
  const text = page.getByRole('img', { name: /^Tekstboks: / });
  await text.waitFor();
  await done('dropping a text box');
  await dropFileFromDisk(
    page,
    { x: sheet.x + sheet.width * 0.32, y: sheet.y + sheet.height * 0.36 },
    'kommune-logo.png',
    logoBytes,
  );
  const logo = page.getByRole('img', { name: 'Bilde: kommune-logo' });
  await logo.waitFor();
  assert.match(await logo.locator('image').getAttribute('href'), /^data:image\/png;base64,/);
  assert.equal(await page.locator('.file-drop').count(), 0, 'the drop hint is gone once the picture is placed');
  await done('dropping a logo');

  // Both selected (click, Shift+click) and lined up at the top from the context menu.
  await text.click({ force: true });
  await logo.click({ force: true, modifiers: ['Shift'] });
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 2);
  await logo.click({ force: true, button: 'right' });
  await page
    .getByRole('menu', { name: 'Handlinger for utvalget' })
    .getByRole('menuitem', { name: /^Juster mot toppen/ })
    .click();
  assert.ok(Math.abs((await text.boundingBox()).y - (await logo.boundingBox()).y) < 1, 'the tops line up');
  await done('aligning');

  // An arrow from the text box to the logo: the text's grip dragged onto the logo.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await text.click({ force: true });
  const grip = page.locator('.connector-end.grip');
  await grip.waitFor();
  await drag(page, await centreOf(grip), await centreOf(logo));
  await page.locator('.react-flow__edge-connector').waitFor();
  const pointsTo = () => page.getByLabel('Pilen peker på').evaluate((select) => select.selectedOptions[0].text);
  assert.equal(await pointsTo(), 'Bilde: kommune-logo');
  await done('connecting');

  // Its head moved from the logo onto step 1.
  const head = page.locator('.react-flow__node-connectorEnd[data-id$=":to"]');
  await drag(page, await centreOf(head), await centreOf(stepNode(page, 1)));
  assert.match(await pointsTo(), /^Trinn 1: /);
  await done('moving the arrow head');

  // The text box dragged away: the arrow's start goes with it while the pointer moves, not only at the drop.
  const line = () =>
    page
      .locator('.react-flow__edge-connector')
      .first()
      .evaluate((edge) => {
        const box = edge.getBoundingClientRect();
        return { x: box.x, y: box.y, w: box.width, h: box.height };
      });
  const lineBefore = await line();
  const grab = await centreOf(text);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(grab.x - 6 * i, grab.y + 4 * i);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const lineDuring = await line();
  await page.screenshot({ path: out('new-user-dragging.png') });
  assert.ok(
    lineDuring.x < lineBefore.x - 30,
    `the arrow follows during the drag: ${JSON.stringify(lineBefore)} then ${JSON.stringify(lineDuring)}`,
  );
  await page.mouse.up();
  await done('moving the text box');
  await page.screenshot({ path: out('new-user-built.png') });

  // Undo, one action at a time, back to the blank trapp; then redo it all.
  const undo = page.getByRole('button', { name: /^↶ Angre/ });
  const redo = page.getByRole('button', { name: /^↷ Gjør om/ });
  for (let i = scenes.length - 2; i >= 0; i--) {
    await undo.click();
    await expectScene(page, scenes[i], `after undo back to scene ${i}`);
  }
  assert.equal(await undo.isDisabled(), true, 'the blank trapp is where history starts');
  assert.deepEqual(await stepTitles(page), ['Trinn 1', 'Trinn 2', 'Trinn 3', 'Trinn 4', 'Trinn 5']);
  await page.screenshot({ path: out('new-user-undone.png') });
  for (let i = 1; i < scenes.length; i++) {
    await redo.click();
    await expectScene(page, scenes[i], `after redo to scene ${i}`);
  }
  assert.equal(await redo.isDisabled(), true);
  await page.screenshot({ path: out('new-user-redone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
