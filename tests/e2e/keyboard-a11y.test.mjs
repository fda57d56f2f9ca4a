// Universal design as a keyboard user meets it (issue 17): every dialog and panel reached and
// operated with the keyboard alone (no mouse call in this file), focus checked after each open and
// close, a budget of key presses from the drawing to each panel, and the editor at 320 px, at 200 %
// zoom and in forced colours with the theme panel open (axe and screenshots in tests/e2e/out/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openEditor, useBrowser, out } from './browser.mjs';
import { tabTo } from './keyboard.mjs';
import { formatViolations, getSeriousViolations } from './axe.mjs';

const browser = useBrowser();

/** Where focus is: inside which dialog or region, and the focused element's name. */
const focusInfo = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const name = (el?.getAttribute('aria-label') || el?.labels?.[0]?.textContent || el?.textContent || '')
      .replace(/\s+/g, ' ')
      .trim();
    const dialog = el?.closest('[aria-modal="true"]');
    return {
      name,
      tag: el?.tagName.toLowerCase(),
      dialog: dialog ? document.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent : undefined,
      node: el?.classList.contains('react-flow__node') ? el.getAttribute('data-id') : undefined,
    };
  });

/** From the top of the page: Tab to the skip link, Enter, and focus is on the drawing. */
async function toCanvas(page) {
  await page.keyboard.press('Tab');
  assert.equal((await focusInfo(page)).name, 'Hopp til tegningen', 'the first Tab stop is the skip link');
  await page.keyboard.press('Enter');
  const at = await focusInfo(page);
  assert.ok(at.node, `the skip link leads to a drawn part, not ${JSON.stringify(at)}`);
  return at.node;
}

/** ArrowDown in an open menu until the focused item's name matches. */
async function arrowTo(page, pattern) {
  for (let i = 0; i < 10 && !pattern.test((await focusInfo(page)).name); i++) await page.keyboard.press('ArrowDown');
  assert.match((await focusInfo(page)).name, pattern);
}

/** Tab and Shift+Tab many times: focus never leaves the dialog. */
async function assertTabStaysIn(page, title, presses = 40) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    assert.equal((await focusInfo(page)).dialog, title, `Tab ${i + 1} left the dialog «${title}»`);
  }
}

/** Opens a dialog with Enter on the focused control, checks focus moved in, Tab stays in, Escape closes and focus returns. */
async function checkDialog(page, title, { first, returnTo } = {}) {
  const opener = await focusInfo(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await page.waitForFunction(
    (t) => document.activeElement?.closest('[aria-modal="true"]')?.textContent?.includes(t),
    title,
  );
  const start = await focusInfo(page);
  assert.equal(start.dialog, title, `focus moved into «${title}»`);
  if (first) assert.match(start.name, first, `«${title}» opens on its first field`);
  assert.equal(
    await page.evaluate(() => document.querySelector('.toolbar').closest('[inert]') !== null),
    true,
    'the editor behind is inert',
  );
  await assertTabStaysIn(page, title);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // A menu item closes with its menu: focus goes back to the menu's button instead.
  if (returnTo)
    assert.match((await focusInfo(page)).name, returnTo, `closing «${title}» returns focus to the menu button`);
  else assert.deepEqual(await focusInfo(page), opener, `closing «${title}» returns focus to ${opener.name}`);
}

test('every dialog and panel by keyboard alone: focus moves in, stays in, and returns to what opened it', async () => {
  const { page, errors } = await openEditor(browser);
  const nodeId = await toCanvas(page);

  // The shortcut sheet and the context menu open from the drawing and give focus back to it.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Hurtigtaster' });
  await sheet.waitFor();
  assert.equal((await focusInfo(page)).dialog, 'Hurtigtaster');
  await assertTabStaysIn(page, 'Hurtigtaster', 6);
  await page.keyboard.press('Escape');
  await sheet.waitFor({ state: 'detached' });
  assert.equal((await focusInfo(page)).node, nodeId, 'back on the drawn part after the shortcut sheet');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Handlinger for utvalget' });
  await menu.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'menuitem');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  assert.equal((await focusInfo(page)).node, nodeId, 'back on the drawn part after the context menu');

  // F6 to the toolbar: its first control is "Ny trapp".
  for (let i = 0; i < 3 && !/Ny trapp/.test((await focusInfo(page)).name); i++) await page.keyboard.press('F6');
  assert.match((await focusInfo(page)).name, /Ny trapp/);
  await checkDialog(page, 'Ny trapp', { first: /Bruk malen|Antall trinn/ });
  await tabTo(page, /^button\|Datatabell$/, { limit: 15 });
  await checkDialog(page, 'Tall per trinn');
  await tabTo(page, /^button\|Eksporter$/, { limit: 15 });
  await checkDialog(page, 'Eksporter');

  // The figure import opens from the data table and comes back to it.
  await tabTo(page, /^button\|Datatabell$/, { limit: 15, back: true });
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Tall per trinn' }).waitFor();
  await tabTo(page, /Hent inn tall/, { limit: 40 });
  await page.keyboard.press('Enter');
  const importer = page.getByRole('dialog', { name: 'Hent inn tall fra regneark' });
  await importer.waitFor();
  assert.equal((await focusInfo(page)).dialog, 'Hent inn tall fra regneark');
  await assertTabStaysIn(page, 'Hent inn tall fra regneark', 12);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Tall per trinn' }).waitFor();
  assert.equal((await focusInfo(page)).dialog, 'Tall per trinn', 'focus is back in the data table');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Tall per trinn' }).waitFor({ state: 'detached' });
  assert.equal((await focusInfo(page)).name, 'Datatabell');

  // The library and the links from the file menu: focus returns to "Fil".
  await tabTo(page, /^button\|Fil/, { limit: 15, back: true });
  await page.keyboard.press('Enter');
  assert.match((await focusInfo(page)).name, /Mine trapper/, 'the file menu opens on its first item');
  await checkDialog(page, 'Mine trapper', { returnTo: /^Fil/ });
  await page.keyboard.press('Enter');
  await arrowTo(page, /Lenker/);
  await checkDialog(page, 'Lenker i trappa', { returnTo: /^Fil/ });

  // The theme panel: focus moves in, Escape closes it, focus returns to "Tema".
  await tabTo(page, /^button\|Tema$/, { limit: 15 });
  await page.keyboard.press('Enter');
  await page.locator('.theme-panel').waitFor();
  const inPanel = await page.evaluate(() => !!document.activeElement?.closest('.theme-panel'));
  assert.equal(inPanel, true, 'focus moved into the theme panel');
  assert.equal(await page.getByRole('button', { name: 'Tema', exact: true }).getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.locator('.theme-panel').waitFor({ state: 'detached' });
  assert.equal((await focusInfo(page)).name, 'Tema', 'Escape in the theme panel returns to Tema');
  assert.deepEqual(errors, []);
  await page.close();
});

test("budget: from the drawing, every panel's first field is at most 6 key presses away (F6 / Shift+F6)", async () => {
  const { page } = await openEditor(browser);
  await tabTo(page, /^button\|Tema$/, { limit: 40 });
  await page.keyboard.press('Enter');
  await page.locator('.theme-panel').waitFor();
  const panels = {
    actions: '.toolbar-actions',
    toolbar: '.toolbar',
    theme: '.theme-panel',
    palette: '.palette',
    pages: '.page-strip',
    inspector: '.inspector',
  };
  const regionOf = () =>
    page.evaluate(
      (all) =>
        Object.entries(all).find(([, s]) => document.activeElement?.closest(s))?.[0] ??
        (document.activeElement?.closest('.react-flow__node') ? 'canvas' : undefined),
      panels,
    );
  const presses = {};
  for (const back of [false, true]) {
    for (let n = 1; n <= 6; n++) {
      await page.locator('.react-flow__node-scene').first().focus();
      assert.equal(await regionOf(), 'canvas');
      for (let i = 0; i < n; i++) await page.keyboard.press(back ? 'Shift+F6' : 'F6');
      const region = await regionOf();
      if (region && region !== 'canvas') presses[region] = Math.min(presses[region] ?? n, n);
    }
  }
  assert.deepEqual(Object.keys(presses).sort(), Object.keys(panels).sort(), `reached: ${JSON.stringify(presses)}`);
  for (const [region, n] of Object.entries(presses)) assert.ok(n <= 6, `${region}: ${n} presses`);
  // F6 lands on a region's first field, not on its container.
  await page.locator('.react-flow__node-scene').first().focus();
  await page.keyboard.press('Shift+F6');
  assert.match(await page.evaluate(() => document.activeElement?.tagName), /BUTTON|INPUT|SELECT|TEXTAREA/);

  // With the theme panel closed: from the drawing to its first field, and to the data table's and
  // the export dialog's, counting every key (Shift+F6 to the document actions, Tab, Enter).
  await page.locator('.theme-panel button').first().focus();
  await page.keyboard.press('Escape');
  await page.locator('.theme-panel').waitFor({ state: 'detached' });
  const keysTo = async (button, arrived) => {
    await page.locator('.react-flow__node-scene').first().focus();
    let keys = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('.toolbar-actions'))) && keys < 8)
      keys += (await page.keyboard.press('Shift+F6'), 1);
    while ((await focusInfo(page)).name !== button && keys < 12) keys += (await page.keyboard.press('Tab'), 1);
    await page.keyboard.press('Enter');
    keys++;
    await page.waitForFunction(arrived);
    return keys;
  };
  const budget = {};
  budget.openTheme = await keysTo('Tema', () => !!document.activeElement?.closest('.theme-panel'));
  await page.keyboard.press('Escape');
  budget.openDataTable = await keysTo('Datatabell', () => !!document.activeElement?.closest('.data-table-dialog'));
  await page.keyboard.press('Escape');
  budget.openExport = await keysTo('Eksporter', () => !!document.activeElement?.closest('.export-dialog'));
  await page.keyboard.press('Escape');
  // Ctrl+P, print, is the export: one key from the drawing, and Escape gives the drawing its focus back.
  const drawn = page.locator('.react-flow__node-scene').first();
  await drawn.focus();
  await page.keyboard.press('Control+P');
  await page.waitForFunction(() => !!document.activeElement?.closest('.export-dialog'));
  budget.exportByShortcut = 1;
  await page.keyboard.press('Escape');
  await page.locator('.export-dialog').waitFor({ state: 'detached' });
  assert.equal(await drawn.evaluate((node) => node === document.activeElement), true);
  console.log('keys from the drawing to the first field:', JSON.stringify({ ...presses, ...budget }));
  assert.ok(budget.openTheme <= 6 && budget.openDataTable <= 6, JSON.stringify(budget));
  await page.close();
});

test('an element placed from the palette by keyboard takes focus; arrows move it only from the drawing, announced in bokmål', async () => {
  const { page } = await openEditor(browser);
  await toCanvas(page);
  for (let i = 0; i < 6 && !(await page.evaluate(() => !!document.activeElement?.closest('.palette'))); i++)
    await page.keyboard.press('F6');
  await tabTo(page, /^button\|Rektangel/, { limit: 20 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-id')?.startsWith('element:'));
  const id = await page.evaluate(() => document.activeElement.getAttribute('data-id'));
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  assert.match(await node.getAttribute('class'), /selected/, 'the new element is selected');
  const place = async () => Number(/translate\(([-\d.]+)px/.exec(await node.evaluate((n) => n.style.transform))[1]);
  const x0 = await place();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    ([sel, x]) => !document.querySelector(sel).style.transform.includes(`translate(${x}px`),
    [`.react-flow__node[data-id="${id}"]`, x0],
  );
  assert.equal(await place(), x0 + 1, 'ArrowRight on the element moves it one point');
  const live = await page.locator('[id^="react-flow__aria-live"]').textContent();
  assert.match(live, /^Flyttet til høyre\./, `announced as «${live}»`);
  // None of React Flow's own English descriptions is left in the bokmål interface.
  assert.doesNotMatch(await page.evaluate(() => document.body.textContent), /Press enter|Moved selected/);

  // Back in the palette, the arrow keys leave the element where it is.
  await page.keyboard.press('Shift+F6');
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.palette')), true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(200);
  assert.equal(await place(), x0 + 1, 'arrows in the palette do not move the element');
  await page.close();
});

/** Boxes of the main parts, for overlap checks. */
const boxes = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['main.canvas', '.theme-panel', '.inspector', '.palette-tiles', '.page-strip', '.react-flow__controls'].map(
        (s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return [s, r && { x: r.x, y: r.y + scrollY, width: r.width, height: r.height }];
        },
      ),
    ),
  );
const overlaps = (a, b) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

for (const [name, viewport, options] of [
  ['w320', { width: 320, height: 640 }, {}],
  ['zoom-200-theme', { width: 640, height: 360 }, { deviceScaleFactor: 2 }],
  ['forced-colours', { width: 1280, height: 800 }, { forcedColors: 'active' }],
]) {
  test(`${name}: with the theme panel open the canvas keeps its room, nothing overlaps, the toolbar fits, and axe finds nothing serious`, async () => {
    const context = await browser.newContext({ viewport, ...options });
    const { page } = await openEditor(context, viewport);
    // Tema by keyboard: F6 to the toolbar, then Tab.
    await page.keyboard.press('F6');
    await tabTo(page, /^button\|Tema$/, { limit: 15 });
    await page.keyboard.press('Enter');
    await page.locator('.theme-panel').waitFor();
    const b = await boxes(page);
    assert.ok(
      b['main.canvas'].width >= Math.min(300, viewport.width - 20) && b['main.canvas'].height >= 240,
      `canvas ${JSON.stringify(b['main.canvas'])}`,
    );
    for (const floating of ['.palette-tiles', '.page-strip']) {
      for (const panel of ['.theme-panel', '.inspector'])
        assert.equal(overlaps(b[floating], b[panel]), false, `${floating} overlaps ${panel}: ${JSON.stringify(b)}`);
    }
    assert.equal(
      overlaps(b['.react-flow__controls'], b['.palette-tiles']),
      false,
      `the zoom buttons are under the palette: ${JSON.stringify(b)}`,
    );
    for (const label of ['Tema', 'Presenter', 'Eksporter']) {
      const box = await page.getByRole('button', { name: label, exact: false }).first().boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${label} is cut off: ${JSON.stringify(box)}`);
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= viewport.width, `the page scrolls sideways: ${scrollWidth} px`);
    await page.screenshot({ path: out(`a11y-${name}-theme.png`) });
    await page.screenshot({ path: out(`a11y-${name}-theme-full.png`), fullPage: true });
    const violations = await getSeriousViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    if (options.forcedColors) {
      // The drawing keeps its own colours, and the current theme is marked.
      assert.equal(await page.locator('.page-sheet').evaluate((el) => getComputedStyle(el).forcedColorAdjust), 'none');
      assert.match(
        await page
          .locator('.theme-list button[aria-pressed="true"] .theme-name')
          .evaluate((el) => getComputedStyle(el, '::after').content),
        /✓/,
      );
    }
    await page.locator('.theme-panel button').first().focus();
    await page.keyboard.press('Escape');
    await page.locator('.theme-panel').waitFor({ state: 'detached' });

    // Each dialog, opened by keyboard: it fits the width, axe finds nothing serious, and a screenshot is kept.
    for (const [button, title, keys = ['Enter']] of [
      ['Datatabell', 'Tall per trinn'],
      ['Eksporter', 'Eksporter'],
      ['+ Ny trapp', 'Ny trapp'],
      ['Hurtigtaster (?)', 'Hurtigtaster'],
      ['Fil ▾', 'Mine trapper', ['Enter', 'Enter']],
      ['Fil ▾', 'Lenker i trappa', ['Enter', /Lenker/, 'Enter']],
    ]) {
      await page.getByRole('button', { name: button, exact: true }).focus();
      for (const key of keys) await (typeof key === 'string' ? page.keyboard.press(key) : arrowTo(page, key));
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      await page.waitForTimeout(300);
      const box = await dialog.boundingBox();
      assert.ok(
        box.x >= 0 && box.x + box.width <= viewport.width + 0.5,
        `«${title}» is cut off: ${JSON.stringify(box)}`,
      );
      await page.screenshot({ path: out(`a11y-${name}-${title.replace(/\W+/g, '-').toLowerCase()}.png`) });
      const found = await getSeriousViolations(page);
      assert.equal(found.length, 0, `${title}:\n${formatViolations(found)}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    // The presentation, by keyboard, and back.
    await page.getByRole('button', { name: /Presenter/ }).focus();
    await page.keyboard.press('Enter');
    const show = page.getByRole('dialog', { name: 'Presentasjon' });
    await show.waitFor();
    await page.waitForTimeout(400); // the slide's fade-in
    await page.screenshot({ path: out(`a11y-${name}-presentasjon.png`) });
    const inShow = await getSeriousViolations(page);
    assert.equal(inShow.length, 0, `presentation:\n${formatViolations(inShow)}`);
    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });

    // A step chosen in the list by keyboard: the inspector shows it, and axe still finds nothing serious.
    await page.locator('.steps-panel button[aria-pressed]').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.locator('.inspector').getByRole('heading', { name: 'Trinn 9' }).waitFor();
    const withStep = await getSeriousViolations(page);
    assert.equal(withStep.length, 0, `step inspector:\n${formatViolations(withStep)}`);
    if (options.forcedColors) {
      // The selected step in the list stands out.
      const selected = page.locator('.steps-panel button[aria-pressed="true"]');
      assert.notEqual(
        await selected.evaluate((el) => getComputedStyle(el).backgroundColor),
        await page
          .locator('.steps-panel button[aria-pressed="false"]')
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor),
        'the selected step stands out',
      );
      await page.screenshot({ path: out('a11y-forced-colours-step.png') });
    }
    await context.close();
  });
}

test("in the English interface the document keeps its own language; the h1 is the document's name; a new trapp in the nynorsk interface starts in nynorsk", async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const { page } = await openEditor(context);
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal(await h1.count(), 1);
  assert.equal(await h1.textContent(), 'Østre Toten · Helhetlig innsatstrapp');
  const langOf = (locator) => locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
  assert.equal(await langOf(h1), 'nb');
  assert.equal(await langOf(page.locator('.react-flow__node-scene').nth(3)), 'nb', 'a drawn part is read as bokmål');
  assert.equal(await langOf(page.locator('.steps-panel .title').first()), 'nb', 'a step title in the list is bokmål');
  assert.equal(await langOf(page.locator('.palette-tile').first()), 'en', 'the palette speaks the interface language');
  assert.equal(await langOf(page.locator('.react-flow__controls')), 'en');

  await page.getByLabel('Language').selectOption('nn');
  await page.getByRole('button', { name: 'Gjer om' }).waitFor();
  await page.getByRole('button', { name: /Ny trapp/ }).focus();
  await page.keyboard.press('Enter');
  const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
  await gallery.waitFor();
  assert.equal(await gallery.getByLabel('Språk i trappa').inputValue(), 'nn', 'a blank trapp starts in nynorsk');
  await context.close();
});

test("the web export of every template: axe finds nothing serious, and each step link's name begins with its visible text", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trappa-html-'));
  // The page forbids scripts (its Content-Security-Policy); axe is let in for the test only.
  const context = await browser.newContext({ bypassCSP: true });
  for (const id of ['alver', 'gausdal', 'lillesand', 'nordre-land', 'ostre-toten']) {
    const file = join(dir, `${id}.html`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'export/cli.ts', id, '--format', 'html', '--out', file],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const violations = await getSeriousViolations(page, 'body', { 'label-content-name-mismatch': { enabled: true } });
    assert.equal(violations.length, 0, `${id}:\n${formatViolations(violations)}`);
    const links = await page.locator('figure a[href^="#trinn-"]').evaluateAll((all) =>
      all.map((a) => ({
        name: a.getAttribute('aria-label'),
        text: [...a.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      })),
    );
    assert.ok(links.length > 0, `${id} has step links`);
    for (const link of links)
      assert.ok(link.name.startsWith(link.text.trim()), `${id}: «${link.name}» does not begin with «${link.text}»`);
    if (id === 'lillesand') await page.screenshot({ path: out('a11y-web-export-lillesand.png') });
    await page.close();
  }
  await context.close();
});

test('a step page gives screen readers its step as a heading and its services as headed lists', async () => {
  const { page } = await openEditor(browser);
  await page.getByRole('button', { name: 'Ny trapp' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Bruk malen Lillesand/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Ny trapp' }).waitFor({ state: 'detached' });
  await page.locator('.page-strip').getByRole('button', { name: 'Trinn 3', exact: true }).focus();
  await page.keyboard.press('Enter');
  const outline = page.getByRole('region', { name: /^Trinn 3: Mestring i hverdagen/ });
  await outline.waitFor({ state: 'attached' });
  assert.equal(await outline.getByRole('heading', { level: 2 }).textContent(), 'Trinn 3: Mestring i hverdagen');
  const headings = await outline.getByRole('heading', { level: 3 }).allTextContents();
  assert.ok(headings.includes('Rådgiving og koordinering'), headings.join(' / '));
  assert.ok((await outline.getByRole('list').count()) >= headings.length, 'each heading has its list');
  assert.equal(
    await outline
      .getByRole('heading', { level: 3 })
      .first()
      .evaluate((el) => el.closest('[lang]').getAttribute('lang')),
    'nb',
  );
  await page.close();
});
