// Selection and arrangement on the canvas, as a user does it: drag a laid-out step away and back,
// frame two free elements with Shift+drag, align, nudge, duplicate, delete, undo it all, read the
// history list, and open the shortcut sheet with "?".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dragBy, openEditor, openTemplate, out, useBrowser } from './browser.mjs';
import { openFile } from './storageHelpers.mjs';

const browser = useBrowser();

/** Østre Toten with two free elements in the empty top-right corner of the overview. */
function writeDocument() {
  const doc = JSON.parse(readFileSync(new URL('../../templates/ostre-toten.trapp.json', import.meta.url), 'utf8'));
  doc.pages[0].elements = [
    { id: 'el-a', kind: 'shape', shape: 'rect', x: 880, y: 40, w: 80, h: 40, fill: '#f4c542' },
    { id: 'el-b', kind: 'shape', shape: 'ellipse', x: 1010, y: 70, w: 60, h: 60, fill: '#7cc4a8' },
  ];
  const path = join(tmpdir(), `arrange-${process.pid}.trapp.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/** The test document opened, with its two free elements' nodes as `a` and `b`. */
async function openDocument() {
  const { page, errors } = await openEditor(browser);
  await openFile(page, writeDocument());
  const [a, b] = ['el-a', 'el-b'].map((id) => page.locator(`.react-flow__node[data-id="element:${id}"]`));
  await a.waitFor();
  return { page, errors, a, b };
}

/** A node's place on the page (React Flow positions nodes in page units). */
async function placeOf(page, id) {
  const transform = await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((n) => n.style.transform);
  const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform);
  return { x: Number(x), y: Number(y) };
}

const historyEntries = async (page) => {
  const list = page.locator('.history-list');
  if (!(await list.evaluate((d) => d.open))) await list.locator('summary').click();
  return (await list.getByRole('listitem').allTextContents()).map((s) => s.trim());
};

test('drag a laid-out step away: it is marked as moved, and "Tilbakestill plassering" puts it back', async () => {
  const { page, errors } = await openDocument();
  const step = page.locator('.react-flow__node[data-id="step:step-1"]');
  const before = await placeOf(page, 'step:step-1');
  await dragBy(page, step, 90, -45);
  const after = await placeOf(page, 'step:step-1');
  assert.ok(
    after.x - before.x > 40 && before.y - after.y > 20,
    `moved from ${JSON.stringify(before)} to ${JSON.stringify(after)}`,
  );
  await step.locator('.scene-node.overridden').waitFor();
  const inspector = page.getByRole('complementary');
  await inspector.getByText('Denne delen er flyttet bort fra den automatiske plasseringen.').waitFor();
  assert.ok((await historyEntries(page)).includes('Flyttet trinn 1'));
  await page.screenshot({ path: out('arrange-moved.png') });

  // A second step stays where the layout puts it.
  const other = await placeOf(page, 'step:step-2');
  await step.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Handlinger for utvalget' });
  await page.screenshot({ path: out('arrange-menu.png') });
  await menu.getByRole('menuitem', { name: /^Tilbakestill plassering/ }).click();
  assert.deepEqual(await placeOf(page, 'step:step-1'), before);
  assert.deepEqual(await placeOf(page, 'step:step-2'), other);
  assert.equal(await step.locator('.scene-node.overridden').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('frame two elements, align, nudge, duplicate, delete, and undo it all', async () => {
  const { page, errors, a, b } = await openDocument();
  const start = {
    a: await placeOf(page, 'element:el-a'),
    b: await placeOf(page, 'element:el-b'),
    step: await placeOf(page, 'step:step-1'),
  };

  // Shift+drag on the empty page around both elements.
  const boxA = await a.boundingBox();
  const boxB = await b.boundingBox();
  await page.keyboard.down('Shift');
  await page.mouse.move(boxA.x - 12, boxA.y - 12);
  await page.mouse.down();
  await page.mouse.move(boxA.x + 40, boxA.y + 40, { steps: 4 });
  await page.mouse.move(boxB.x + boxB.width + 12, boxB.y + boxB.height + 12, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 2, 'both elements selected');
  await page.screenshot({ path: out('arrange-marquee.png') });

  // The menu by keyboard: Shift+F10, then arrow down to "Juster mot toppen".
  await a.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Handlinger for utvalget' });
  await menu.waitFor();
  for (
    let i = 0;
    i < 20 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Juster mot toppen';
    i++
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'detached' });
  assert.equal(
    (await placeOf(page, 'element:el-b')).y,
    start.a.y,
    'the ellipse is lined up with the top of the rectangle',
  );

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  assert.deepEqual(await placeOf(page, 'element:el-a'), { x: start.a.x + 2, y: start.a.y + 10 });
  assert.deepEqual(await placeOf(page, 'element:el-b'), { x: start.b.x + 2, y: start.a.y + 10 });

  await page.keyboard.press('Control+d');
  assert.equal(await page.locator('.react-flow__node[data-id^="element:"]').count(), 4);
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 2, 'the copies are selected');
  await page.screenshot({ path: out('arrange-duplicated.png') });
  await page.keyboard.press('Delete');
  assert.equal(await page.locator('.react-flow__node[data-id^="element:"]').count(), 2);

  const entries = await historyEntries(page);
  for (const name of ['Justerte mot toppen', 'Flyttet utvalget med piltast (2)', 'Duplisert', 'Slettet (2)'])
    assert.ok(entries.includes(name), `${name} in ${entries}`);
  await page.screenshot({ path: out('arrange-history.png') });

  // Undo everything, step by step, from the history list's first line.
  await page.locator('.history-list').getByRole('button', { name: 'Slik dokumentet var da det ble åpnet' }).click();
  assert.deepEqual(await placeOf(page, 'element:el-a'), start.a);
  assert.deepEqual(await placeOf(page, 'element:el-b'), start.b);
  assert.deepEqual(await placeOf(page, 'step:step-1'), start.step);
  assert.equal(await page.getByRole('button', { name: /Angre/ }).isDisabled(), true);
  // And redo to the end with the keyboard.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+y');
  assert.equal(await page.locator('.react-flow__node[data-id^="element:"]').count(), 2);
  assert.deepEqual(await placeOf(page, 'element:el-a'), { x: start.a.x + 2, y: start.a.y + 10 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('"?" opens the shortcut sheet, and Escape closes it', async () => {
  const { page } = await openEditor(browser);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Hurtigtaster' });
  await sheet.waitFor();
  for (const [key, what] of [
    ['Ctrl+D', 'Dupliser'],
    ['Delete', 'Slett'],
    ['Ctrl+G', 'Grupper'],
    ['Shift+F10', 'Åpne menyen for utvalget (også menytasten)'],
  ]) {
    await sheet.getByRole('row', { name: `${key} ${what}` }).waitFor();
  }
  await page.screenshot({ path: out('arrange-shortcuts.png') });
  await page.keyboard.press('Escape');
  await sheet.waitFor({ state: 'detached' });
  await page.close();
});

test('shift-click, resize an element (Shift keeps its proportions); a locked element stays put', async () => {
  const { page, errors, a, b } = await openDocument();
  // Shift-click adds to the selection and takes away again.
  await a.click();
  await b.click({ modifiers: ['Shift'] });
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 2);
  await b.click({ modifiers: ['Shift'] });
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 1);
  const size = async () => a.evaluate((n) => [n.offsetWidth, n.offsetHeight]);
  assert.deepEqual(await size(), [80, 40]);
  const handle = a.locator('.react-flow__resize-control.handle.bottom.right');
  await dragBy(page, handle, 30, 30, 6);
  const [w, h] = await size();
  assert.ok(w > 100 && h > 60, `free resize: ${w} x ${h}`);

  await page.keyboard.down('Shift');
  await dragBy(page, handle, 40, 0, 6);
  await page.keyboard.up('Shift');
  const [w2, h2] = await size();
  assert.ok(w2 > w + 20, `wider: ${w2}`);
  assert.ok(Math.abs(w2 / h2 - w / h) < 0.05, `Shift keeps the ratio: ${w}x${h} then ${w2}x${h2}`);
  await page.screenshot({ path: out('arrange-resized.png') });

  // Lock it from the context menu: it no longer moves, and a click does not select it.
  await a.click({ button: 'right' });
  await page
    .getByRole('menu', { name: 'Handlinger for utvalget' })
    .getByRole('menuitem', { name: /^Lås/ })
    .first()
    .click();
  const locked = await placeOf(page, 'element:el-a');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await dragBy(page, a, 60, 20);
  assert.deepEqual(await placeOf(page, 'element:el-a'), locked);
  assert.equal(await a.evaluate((n) => n.classList.contains('selected')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test("copy in one tab, paste in another; a clipboard that is not Trappa's is refused with a message", async () => {
  const context = await browser.newContext();
  const { page: first } = await openEditor(context);
  await openFile(first, writeDocument());
  const a = first.locator('.react-flow__node[data-id="element:el-a"]');
  await a.waitFor();
  await a.click();
  await first.keyboard.press('Control+c');

  // Another tab, with another document: a new trapp from the Alver template.
  const { page: second } = await openEditor(context);
  await openTemplate(second, 'Alver');
  const elements = second.locator('.react-flow__node[data-id^="element:"]');
  assert.equal(await elements.count(), 0);
  await second.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await second.keyboard.press('Control+v');
  await elements.first().waitFor();
  assert.equal(await elements.count(), 1);
  assert.equal(await second.locator('.react-flow__node-scene.selected').count(), 1, 'the pasted element is selected');
  await second.screenshot({ path: out('arrange-pasted.png') });

  // Plain text copied from a field is not ours.
  await second.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'plain-text';
    field.value = 'Hei, dette er bare tekst';
    document.body.append(field);
  });
  await second.locator('#plain-text').focus();
  await second.keyboard.press('Control+a');
  await second.keyboard.press('Control+c');
  await second.evaluate(() => document.getElementById('plain-text')?.remove());
  await second.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await second.keyboard.press('Control+v');
  await second.getByRole('status').filter({ hasText: 'Utklippstavlen har ingen elementer fra Trappa' }).waitFor();
  assert.equal(await elements.count(), 1);
  await context.close();
});

test('grouped elements are selected and dragged together; ungrouped, they move alone', async () => {
  const { page, errors, a, b } = await openDocument();
  await a.click();
  await b.click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+g');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const before = { a: await placeOf(page, 'element:el-a'), b: await placeOf(page, 'element:el-b') };
  await dragBy(page, b, 0, 60);
  const after = { a: await placeOf(page, 'element:el-a'), b: await placeOf(page, 'element:el-b') };
  assert.ok(after.b.y - before.b.y > 30, 'the dragged element moved');
  assert.ok(Math.abs(after.a.y - before.a.y - (after.b.y - before.b.y)) < 0.01, 'its group moved with it');
  assert.equal(await page.locator('.react-flow__node-scene.selected').count(), 2);

  await page.keyboard.press('Control+Shift+g');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await dragBy(page, b, 0, -60);
  assert.deepEqual(await placeOf(page, 'element:el-a'), after.a, 'ungrouped, the other stays');
  const entries = await historyEntries(page);
  for (const name of ['Grupperte', 'Flyttet utvalget (2)', 'Delte opp gruppe', 'Flyttet utvalget (1)'])
    assert.ok(entries.includes(name), `${name} in ${entries}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('steps from the context menu and keys: insert above, duplicate with Ctrl+D, delete with Delete, undo', async () => {
  const { page, errors } = await openEditor(browser);
  const titles = () =>
    page.locator('.react-flow__node-scene[data-id^="step:"]').evaluateAll((nodes) =>
      nodes
        .map((n) => /^Trinn (\d+): (.*)$/.exec(n.getAttribute('aria-label')))
        .sort((a, b) => a[1] - b[1])
        .map((m) => m[2]),
    );
  const start = await titles();

  await page.getByRole('img', { name: /^Trinn 3:/ }).click({ button: 'right', force: true });
  await page
    .getByRole('menu', { name: 'Handlinger for utvalget' })
    .getByRole('menuitem', { name: /^Sett inn trinn over/ })
    .click();
  assert.deepEqual(await titles(), [...start.slice(0, 3), 'Nytt trinn', ...start.slice(3)]);

  await page.getByRole('img', { name: /^Trinn 2:/ }).click({ force: true });
  await page.keyboard.press('Control+d');
  assert.deepEqual((await titles()).slice(0, 4), [start[0], start[1], start[1], start[2]]);
  await page.getByRole('img', { name: /^Trinn 1:/ }).click({ force: true });
  await page.getByRole('img', { name: /^Trinn 2:/ }).click({ force: true, modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  assert.deepEqual((await titles()).slice(0, 2), [start[1], start[2]], 'both selected steps are gone');

  await page.keyboard.press('Control+z');
  assert.equal((await titles()).length, start.length + 2, 'deleting two steps is one undo step');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  assert.deepEqual(await titles(), start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('arrow presses in a quick burst are one undo step; a press a moment later is a step of its own', async () => {
  const { page, errors, a } = await openDocument();
  const start = await placeOf(page, 'element:el-a');
  await a.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Longer than the pause that ends a burst (shortcuts.ts, BURST_PAUSE_MS).
  await page.waitForTimeout(1500);
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await placeOf(page, 'element:el-a'), { x: start.x + 2, y: start.y + 1 });
  const nudges = (await historyEntries(page)).filter((entry) => entry.startsWith('Flyttet utvalget med piltast'));
  assert.equal(nudges.length, 2, `two nudge steps in ${nudges}`);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await placeOf(page, 'element:el-a'), { x: start.x + 2, y: start.y });
  await page.keyboard.press('Control+z');
  assert.deepEqual(await placeOf(page, 'element:el-a'), start);
  assert.deepEqual(errors, []);
});
