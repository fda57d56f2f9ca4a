import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openEditor, useBrowser, out } from './browser.mjs';
import { describeFocus, tabTo } from './keyboard.mjs';

const lillesand = JSON.parse(readFileSync(new URL('../../templates/lillesand.trapp.json', import.meta.url), 'utf8'));

const browser = useBrowser();

/** Opens Lillesand from the gallery with the keyboard: focus "Ny trapp", Enter, Tab to the template, Enter. */
async function openLillesand(page) {
  await tabTo(page, /^button\|\+ Ny trapp$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ny trapp' });
  await dialog.getByRole('button', { name: /Bruk malen Lillesand/ }).waitFor();
  await tabTo(page, /Bruk malen Lillesand/);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('img', { name: /^Trinn 12:/ }).waitFor();
}

test('present Lillesand by keyboard from the overview to the last step, and Escape back to the editor', async () => {
  const { page, errors } = await openEditor(browser);
  await openLillesand(page);
  await tabTo(page, /^button\|▶ Presenter$/);
  await page.keyboard.press('Enter');
  const show = page.getByRole('dialog', { name: 'Presentasjon' });
  await show.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
  // Keys pressed while the browser is still entering full screen can be lost; wait for it to settle
  // (where full screen is refused the presentation fills the window instead, hence the time limit).
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 }).catch(() => {});
  await page.waitForTimeout(300);
  const count = Number((await show.getByText(/^Lysbilde 1 av \d+$/).textContent()).match(/av (\d+)/)[1]);
  const stepPages = lillesand.pages.filter((p) => p.kind === 'step').length;
  assert.equal(count, 1 + lillesand.steps.length + stepPages);
  assert.equal(await show.getByRole('img').getAttribute('aria-label'), `Oversikt: Lillesand: ${lillesand.meta.title}`);

  const seen = [];
  const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
  for (let i = 1; i < count; i++) {
    await page.keyboard.press(keys[i % keys.length]);
    await show.getByText(`Lysbilde ${i + 1} av ${count}`, { exact: true }).waitFor();
    seen.push(await show.getByRole('img').getAttribute('aria-label'));
    if (i === 3) await page.screenshot({ path: out('present-reveal.png') });
  }
  for (const [n, step] of lillesand.steps.entries())
    assert.ok(seen.includes(`Trinn ${n + 1} av 12: ${step.title}`), `step ${n + 1} is revealed`);
  assert.equal(
    seen.at(-1).startsWith('Side for trinn 12') || seen.at(-1).startsWith('Trinn 12 av 12'),
    true,
    seen.at(-1),
  );
  await page.keyboard.press('PageUp');
  await show.getByText(`Lysbilde ${count - 1} av ${count}`, { exact: true }).waitFor();

  await page.keyboard.press('Escape');
  await show.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.fullscreenElement), null);
  // Focus goes back once the editor is shown again (the next task after the presentation closes).
  await page
    .waitForFunction(() => /Presenter/.test(document.activeElement?.textContent ?? ''), null, { timeout: 2000 })
    .catch(() => {});
  assert.match(await describeFocus(page), /Presenter/, 'focus returns to the Presenter button');
  await page.getByRole('img', { name: /^Trinn 12:/ }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the presenter view follows the presentation in a second window, with notes, the next slide and a clock', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openEditor(context);
  await openLillesand(page);
  await page.getByRole('img', { name: /^Trinn 1:/ }).click();
  const notes = page.getByRole('complementary').getByLabel(/Notater til presentasjonen/);
  await notes.fill('Start med lokalsamfunnet: alle innbyggere møter trinn 1.');
  await page.getByRole('button', { name: /Presenter/ }).click();
  const show = page.getByRole('dialog', { name: 'Presentasjon' });
  await show.waitFor();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    show.getByRole('button', { name: 'Presentatørvisning' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.getByText('Lysbilde 1 av', { exact: false }).waitFor();
  await presenter.keyboard.press('ArrowRight');
  await show.getByText(/^Lysbilde 2 av/).waitFor();
  await presenter.getByText('Start med lokalsamfunnet: alle innbyggere møter trinn 1.').waitFor();
  await presenter.getByRole('heading', { name: /^Neste: Side for trinn 1:/ }).waitFor();
  assert.match(await presenter.locator('.presenter-time').last().textContent(), /^\d\d:\d\d$/);
  await presenter.evaluate(() => document.fonts.ready);
  await presenter.screenshot({ path: out('present-presenter-view.png') });
  await page.keyboard.press('ArrowRight');
  await presenter.getByRole('heading', { name: /^Nå: Side for trinn 1:/ }).waitFor();
  await page.keyboard.press('Escape');
  await presenter.getByText(/Venter på presentasjonen/).waitFor();
  await context.close();
});

test('the interface switches to nynorsk, is remembered, and switches back; the browser language is the default', async () => {
  const { page } = await openEditor(browser);
  await page.getByLabel('Språk').selectOption('nn');
  await page.getByRole('button', { name: 'Gjer om' }).waitFor();
  await page.getByText('Vel eit trinn i trappa eller i lista for å sjå og redigera innhaldet.').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn');
  await page.reload();
  await page.getByRole('button', { name: 'Gjer om' }).waitFor();
  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  await page.getByRole('complementary').getByLabel('Notat til presentasjonen', { exact: false }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out('nn-editor.png') });
  await page.getByLabel('Språk').selectOption('nb');
  await page.getByRole('button', { name: 'Gjør om' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  await page.close();

  for (const [locale, redo] of [
    ['nn-NO', 'Gjer om'],
    ['en-GB', 'Redo'],
    ['nb-NO', 'Gjør om'],
    ['sv-SE', 'Gjør om'],
  ]) {
    const context = await browser.newContext({ locale });
    const { page: fresh } = await openEditor(context);
    await assert.doesNotReject(fresh.getByRole('button', { name: new RegExp(`^↷ ${redo}$`) }).waitFor(), locale);
    await context.close();
  }
});

test('rename step 3 and export a PDF with the keyboard only', async () => {
  const { page, errors } = await openEditor(browser);
  await tabTo(page, /^div\|Trinn 3: /);
  await page.keyboard.press('Enter');
  await page.getByRole('complementary').getByRole('heading', { name: 'Trinn 3' }).waitFor();
  assert.match(
    await describeFocus(page),
    /^input\|Tittel$/,
    'Enter on a step moves focus to its title in the inspector',
  );
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Tidleg innsats for alle');
  await page.getByRole('img', { name: 'Trinn 3: Tidleg innsats for alle' }).waitFor();
  await tabTo(page, /^button\|Eksporter$/, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.waitFor();
  assert.match(await describeFocus(page), /^input\|PDF/);
  await tabTo(page, /^button\|Last ned$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = out('keyboard-export.pdf');
  await download.saveAs(path);
  assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
  await dialog
    .getByRole('status')
    .getByText(/Lastet ned/)
    .waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});
