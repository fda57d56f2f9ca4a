// Sharing from the editor (issue 16, point 3), on the real server serving the build: an account
// made in Fil ▸ Del …, the open trapp moved to the shared library, a view link opened in a second
// browser (read-only, export still works), the link revoked (the second browser is cut off), the
// read-only page published. And without the server (Vite's preview): the dialog says so, and the
// single-user editor asks nothing of the network until it is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { baseUrl, useBrowser, out } from './browser.mjs';
import { formatViolations, getSeriousViolations } from './axe.mjs';
import { collabStatus as status, stepText, useTrappaServer } from './trappaServer.mjs';

const browser = useBrowser();
const server = useTrappaServer();

/** A page of its own browser context (own storage, as another person) at `url`, drawn. */
async function openAt(url, context) {
  context ??= await browser.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-scene');
  await page.evaluate(() => document.fonts.ready);
  return { context, page, errors };
}

async function openSharing(page) {
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name: 'Del …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Del trappa' });
  await dialog.waitFor();
  return dialog;
}

test('an account, the trapp moved to the shared library, a view link opened read-only and revoked, the page published', async () => {
  const owner = await openAt(
    server.url,
    await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
  );
  const before = await stepText(owner.page, 2);
  assert.ok(before.length > 0);

  let dialog = await openSharing(owner.page);
  const axeAccount = await getSeriousViolations(owner.page, '.dialog.sharing');
  assert.deepEqual(axeAccount, [], formatViolations(axeAccount));
  await dialog.getByLabel('Navn').fill('Kari Planlegger');
  await dialog.getByLabel(/^Passord/).fill('passord-123');
  await dialog.getByRole('button', { name: 'Opprett konto' }).click();
  await dialog.getByText('Logget inn som Kari Planlegger.').waitFor();
  await dialog.getByText('Du har ingen delte trapper ennå.').waitFor();
  await owner.page.screenshot({ path: out('sharing-account.png') });
  await dialog.getByRole('button', { name: 'Flytt til delt bibliotek' }).click();

  // The trapp opens from the server, at /?d=<id>, logged in through the stored session.
  await owner.page.waitForURL(/\?d=/);
  await owner.page.waitForSelector('.react-flow__node-scene');
  await status(owner.page).getByText('Tilkoblet', { exact: true }).waitFor();
  const id = new URL(owner.page.url()).searchParams.get('d');
  assert.equal(await stepText(owner.page, 2), before);

  dialog = await openSharing(owner.page);
  await dialog.getByRole('heading', { name: 'Delingslenker' }).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Flytt til delt bibliotek' }).count(), 0, 'already shared');
  await dialog.getByLabel('Tilgang').selectOption('view');
  await dialog.getByRole('button', { name: 'Lag lenke' }).click();
  const link = await dialog.getByLabel('Ny lenke (vises bare nå)').inputValue();
  assert.match(link, new RegExp(`^${server.url}/\\?d=${id}#t=[A-Za-z0-9_-]{22,}$`));
  await dialog.getByText('Lenke 1: Kan se').waitFor();
  await dialog.getByRole('button', { name: 'Kopier' }).click();
  await dialog.getByText('Lenken er kopiert.').waitFor();
  assert.equal(await owner.page.evaluate(() => navigator.clipboard.readText()), link);
  await dialog.getByRole('button', { name: 'Publiser nettside' }).click();
  const page = dialog.getByRole('link', { name: `${server.url}/p/${id}` });
  await page.waitFor();
  await owner.page.screenshot({ path: out('sharing-links.png') });
  const axeLinks = await getSeriousViolations(owner.page, '.dialog.sharing');
  assert.deepEqual(axeLinks, [], formatViolations(axeLinks));
  const published = await fetch(`${server.url}/p/${id}`);
  assert.equal(published.status, 200);
  assert.ok((await published.text()).includes(before.split(' ')[0]), 'the page shows the trapp');

  // The view link in another browser: the same trapp, read-only, export still allowed.
  const viewer = await openAt(link);
  await status(viewer.page).getByText('Tilkoblet · bare visning').waitFor();
  assert.equal(await stepText(viewer.page, 2), before);
  await viewer.page.getByRole('img', { name: /^Trinn 2:/ }).click();
  const title = viewer.page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  assert.equal(
    await title.evaluate((field) => field.closest('[inert]') !== null || field.readOnly || field.disabled),
    true,
    'the title cannot be edited',
  );
  await assert.rejects(title.fill('Endret av en som bare skal se', { timeout: 1000 }));
  await viewer.page.keyboard.type('xyz');
  assert.equal(await stepText(viewer.page, 2), before);
  await viewer.page.getByRole('button', { name: 'Eksporter' }).click();
  const exporting = viewer.page.getByRole('dialog', { name: 'Eksporter' });
  await exporting.getByRole('img', { name: 'Forhåndsvisning av første side' }).waitFor();
  const [file] = await Promise.all([
    viewer.page.waitForEvent('download'),
    exporting.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  await file.saveAs(out('sharing-viewer-export.pdf'));
  assert.equal(readFileSync(out('sharing-viewer-export.pdf')).subarray(0, 5).toString(), '%PDF-');
  await viewer.page.keyboard.press('Escape');
  await viewer.page.screenshot({ path: out('sharing-viewer.png') });

  // Revoked: the open viewer is cut off at once, and the link no longer opens the trapp.
  await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
  await dialog.getByText('Lenken er trukket tilbake og virker ikke lenger.').waitFor();
  await dialog.getByText('Lenke 1: Kan se · trukket tilbake').waitFor();
  await status(viewer.page)
    .getByText(/Ingen tilgang lenger/)
    .waitFor({ timeout: 10_000 });
  await viewer.page.screenshot({ path: out('sharing-viewer-revoked.png') });
  // Opened again in the viewer's browser (which may still hold its copy of what it was shown): refused, and it says why.
  const again = await viewer.context.newPage();
  await again.goto(link);
  const refusal = again.getByRole('alert').getByText(/Lenken gir ikke tilgang til dokumentet/);
  await status(again)
    .getByText(/Ingen tilgang lenger/)
    .or(refusal)
    .waitFor({ timeout: 20_000 });
  await again.screenshot({ path: out('sharing-revoked-again.png') });
  // A browser that never opened it gets no document at all.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await strangerPage
    .getByRole('alert')
    .getByText(/Lenken gir ikke tilgang til dokumentet/)
    .waitFor({ timeout: 20_000 });
  assert.equal(await strangerPage.locator('.react-flow__node-scene').count(), 0);
  await strangerPage.screenshot({ path: out('sharing-revoked.png') });
  await stranger.close();

  // Back out as a file from the shared library: the current version, a trapp file.
  await owner.page.evaluate(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  const row = dialog.getByRole('listitem').filter({ hasText: 'publisert' });
  const [saved] = await Promise.all([
    owner.page.waitForEvent('download'),
    row.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  await saved.saveAs(out('sharing-download.trapp.json'));
  const downloaded = JSON.parse(readFileSync(out('sharing-download.trapp.json'), 'utf8'));
  assert.equal(downloaded.format, 'trappa');
  assert.ok(before.includes(downloaded.steps[1].title), 'the downloaded trapp is the shared one');

  // Logged out, the dialog asks for the name and password again.
  await dialog.getByRole('button', { name: 'Logg ut' }).click();
  await dialog.getByRole('button', { name: 'Logg inn' }).waitFor();
  assert.equal(await owner.page.evaluate(() => localStorage.getItem('trappa.session')), null);
  assert.deepEqual([...owner.errors, ...viewer.errors], []);
  await viewer.context.close();
  await owner.context.close();
});

test('without the Trappa server the dialog says sharing needs it; nothing asks the network before', async () => {
  const context = await browser.newContext();
  const asked = [];
  context.on('request', (request) => new URL(request.url()).pathname.startsWith('/api/') && asked.push(request.url()));
  const { page, errors } = await openAt(baseUrl(), context);
  await page.waitForTimeout(500);
  assert.deepEqual(asked, [], 'no request to /api/ at start-up');
  const dialog = await openSharing(page);
  await dialog.getByText(/Deling krever Trappa-tjeneren/).waitFor();
  assert.equal(asked.length, 1);
  await page.screenshot({ path: out('sharing-no-server.png') });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
