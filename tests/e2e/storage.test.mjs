// Nothing is lost: autosave across reloads and closed tabs, the project library, two tabs on one
// document, and a full disk. Each test gets a fresh browser profile (context), so a fresh IndexedDB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTemplate, useBrowser, out } from './browser.mjs';
import { drawnTitle, openApp, openMenuItem, setStepTitle, waitSaved } from './storageHelpers.mjs';

const browser = useBrowser();

test('an edit is there after a reload, and undo still undoes it', async () => {
  const context = await browser.newContext();
  const page = await openApp(context);
  await setStepTitle(page, 3, 'Tidlig innsats for alle');
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('.react-flow__node-scene');
  assert.equal(await drawnTitle(page, 3), 'Tidlig innsats for alle');
  await page.getByRole('button', { name: /Angre/ }).click();
  assert.equal(await drawnTitle(page, 3), 'Tidlig innsats');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an edit is there in a new page after the page was closed straight away', async () => {
  const context = await browser.newContext();
  const page = await openApp(context);
  await setStepTitle(page, 5, 'Boliger for alle');
  // No waiting for the save: closing the tab saves what is pending.
  await page.close({ runBeforeUnload: true });
  const next = await openApp(context);
  assert.equal(await drawnTitle(next, 5), 'Boliger for alle');
  await context.close();
});

test('the library: new, rename, duplicate, delete with undo, the bin, search', async () => {
  const context = await browser.newContext();
  const page = await openApp(context);
  await openTemplate(page, 'Alver');
  await waitSaved(page);

  await openMenuItem(page, 'Mine trapper …');
  const library = page.getByRole('dialog', { name: 'Mine trapper' });
  await library.getByRole('article').nth(1).waitFor();
  assert.equal(await library.getByRole('article').count(), 2);
  const alver = library.getByRole('article', { name: /^Alver/ });
  assert.match(await alver.innerText(), /Åpen nå/);
  assert.equal(
    await alver.getByRole('button', { name: /^Slett/ }).isDisabled(),
    true,
    'the open document cannot be deleted',
  );

  const toten = library.getByRole('article', { name: /^Østre Toten/ });
  await toten.getByRole('button', { name: /^Gi nytt navn/ }).click();
  await toten.getByLabel('Nytt navn', { exact: true }).fill('Innsatstrapp 2026');
  await toten.getByLabel('Nytt navn', { exact: true }).press('Enter');
  const renamed = library.getByRole('article', { name: 'Innsatstrapp 2026' });
  await renamed.getByRole('button', { name: /^Lag kopi/ }).click();
  const copy = library.getByRole('article', { name: 'Innsatstrapp 2026 (kopi)' });
  await copy.waitFor();
  await page.screenshot({ path: out('library.png') });

  await copy.getByRole('button', { name: /^Slett/ }).click();
  await copy.waitFor({ state: 'detached' });
  await library.getByRole('button', { name: 'Angre' }).click();
  await copy.waitFor();
  await copy.getByRole('button', { name: /^Slett/ }).click();
  await library.getByText('Papirkurv (1)').click();
  assert.match(
    await library.locator('.library-bin').innerText(),
    /Innsatstrapp 2026 \(kopi\)\s+slettes for godt om 29 dager/,
  );

  await library.getByLabel('Søk').fill('alver');
  assert.equal(await library.getByRole('article').count(), 1);
  await library.getByLabel('Søk').fill('');
  await renamed.getByRole('button', { name: /^Åpne/ }).first().click();
  await library.waitFor({ state: 'detached' });
  assert.equal(await drawnTitle(page, 3), 'Tidlig innsats');
  await page.reload();
  await page.waitForSelector('.react-flow__node-scene');
  assert.equal(await drawnTitle(page, 3), 'Tidlig innsats', 'the last opened document reopens');
  await context.close();
});

test('a second tab on the same document is told, reads, and can take over; nothing is overwritten', async () => {
  const context = await browser.newContext();
  const first = await openApp(context);
  await setStepTitle(first, 2, 'Fra første fane');
  await waitSaved(first);
  const second = await openApp(context);
  const notice = second.getByRole('alert').filter({ hasText: 'åpen i en annen fane' });
  await notice.waitFor();
  await second.screenshot({ path: out('two-tabs.png') });
  assert.equal(await drawnTitle(second, 2), 'Fra første fane');
  await notice.getByRole('button', { name: 'Bare les' }).click();

  await setStepTitle(first, 2, 'Fortsatt første fane');
  await second.waitForFunction(() =>
    [...document.querySelectorAll('[role=img]')].some(
      (n) => n.getAttribute('aria-label') === 'Trinn 2: Fortsatt første fane',
    ),
  );

  await second.getByRole('button', { name: 'Rediger her i stedet' }).click();
  await first.getByRole('alert').filter({ hasText: 'redigeres nå i en annen fane' }).waitFor();
  await setStepTitle(second, 2, 'Fra andre fane');
  await waitSaved(second);
  assert.equal(
    await first.getByRole('button', { name: /Angre/ }).isDisabled(),
    true,
    'the first tab cannot change it any more',
  );
  await first.waitForFunction(() =>
    [...document.querySelectorAll('[role=img]')].some(
      (n) => n.getAttribute('aria-label') === 'Trinn 2: Fra andre fane',
    ),
  );
  await context.close();
});

test('a full disk is reported at once, nothing is discarded, and it is stored when there is room', async () => {
  const context = await browser.newContext();
  // Simulates a browser out of storage: every IndexedDB write throws QuotaExceededError while `__full` is set.
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const page = await openApp(context);
  await page.evaluate(() => (window.__full = true));
  await setStepTitle(page, 4, 'Ikke mist meg');
  const alert = page.getByRole('alert').filter({ hasText: 'ikke mer lagringsplass' });
  await alert.waitFor({ timeout: 3000 });
  assert.match(await page.locator('.save-status').innerText(), /Ikke lagret/);
  assert.equal(await drawnTitle(page, 4), 'Ikke mist meg');
  await page.screenshot({ path: out('quota.png') });

  const download = page.waitForEvent('download');
  // Without the File System Access API the file is saved as a download.
  await page.evaluate(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await alert.getByRole('button', { name: 'Lagre som fil' }).click();
  const saved = JSON.parse(await (await download).createReadStream().then(readAll));
  assert.equal(saved.steps[3].title, 'Ikke mist meg');

  await page.evaluate(() => (window.__full = false));
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('.react-flow__node-scene');
  assert.equal(await drawnTitle(page, 4), 'Ikke mist meg');
  await context.close();
});

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
