// Two people on one shared trapp (issue 16): the real collaboration server (`npm run server`'s
// code) on a free loopback port, serving the build, with its embedded storage in a temp folder.
// One renames step 3 in the inspector while the other drags a text box; each sees the other's
// change within a second; undo takes back only one's own change; offline edits merge on reconnect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createBlank, dragBy, useBrowser, out } from './browser.mjs';
import { collabStatus as status, startTrappaServer, stepText } from './trappaServer.mjs';

const browser = useBrowser();
let server;

before(async () => {
  server = await startTrappaServer();
});
after(async () => {
  await server?.stop();
});

async function api(method, path, body, token) {
  const res = await fetch(server.url + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** Østre Toten with a text box in the overview's empty top-right corner. */
function documentText() {
  const doc = JSON.parse(readFileSync(new URL('../../templates/ostre-toten.trapp.json', import.meta.url), 'utf8'));
  doc.pages[0].elements = [
    { id: 'note', kind: 'text', text: 'Flytt meg', size: 14, bold: false, x: 880, y: 40, w: 160, h: 40 },
  ];
  return JSON.stringify(doc);
}

/** A person's browser (own context: own storage) with the shared document open and drawn. */
async function openShared(path, session) {
  const context = await browser.newContext();
  if (session) await context.addInitScript((s) => localStorage.setItem('trappa.session', s), session);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(server.url + path);
  await page.waitForSelector('.react-flow__node-scene');
  await page.evaluate(() => document.fonts.ready);
  return { context, page, errors };
}

/** The text box's place on the page (React Flow positions nodes in page units). */
const boxAt = (page) =>
  page.locator('.react-flow__node[data-id="element:note"]').evaluate((n) => {
    const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(n.style.transform);
    return `${Math.round(Number(x))},${Math.round(Number(y))}`;
  });
/** Milliseconds until `check` holds (polled), failing after `timeout`. */
async function timeUntil(check, timeout = 5000) {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

/** Types a new title for a step in the inspector; `whileTyped` runs before the field is left. */
async function renameStep(page, number, title, whileTyped = async () => undefined) {
  await page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) }).click();
  const field = page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  await field.fill(title);
  const result = await whileTyped();
  await field.press('Tab');
  return result;
}

test('two people on one trapp: each sees the other within a second, undo is per person, offline edits merge', async () => {
  const { session } = await api('POST', '/api/users', { name: 'Kari', password: 'passord-123' });
  const { id } = await api('POST', '/api/documents', documentText(), session);
  const { token } = await api('POST', `/api/documents/${id}/shares`, { role: 'edit' }, session);
  // Kari is logged in (session in localStorage); Per has a share link.
  const kari = await openShared(`/?d=${id}`, session);
  const per = await openShared(`/?d=${id}#t=${token}`);
  for (const { page } of [kari, per]) await status(page).getByText('Tilkoblet').waitFor();
  const original = await stepText(per.page, 3);
  const startAt = await boxAt(kari.page);

  // At the same time: Kari renames step 3 in the inspector, Per drags the text box.
  const [renamed, dragged] = await Promise.all([
    renameStep(kari.page, 3, 'Tidleg innsats for alle', () =>
      timeUntil(async () => (await stepText(per.page, 3)).includes('Tidleg innsats for alle')),
    ),
    dragBy(per.page, per.page.locator('.react-flow__node[data-id="element:note"]'), -120, 60, 10).then(() =>
      timeUntil(async () => (await boxAt(kari.page)) !== startAt),
    ),
  ]);
  console.log(`rename seen by the other after ${renamed.toFixed(0)} ms, drag after ${dragged.toFixed(0)} ms`);
  assert.ok(renamed < 1000, `rename seen after ${renamed} ms`);
  assert.ok(dragged < 1000, `drag seen after ${dragged} ms`);
  const movedAt = await boxAt(per.page);
  assert.notEqual(movedAt, startAt);
  await timeUntil(async () => (await boxAt(kari.page)) === movedAt);
  await kari.page.screenshot({ path: out('collab-kari.png') });
  await per.page.screenshot({ path: out('collab-per.png') });

  // Kari's undo takes back her rename only: Per's move stays, for both.
  await kari.page.getByRole('button', { name: /^↶ Angre/ }).click();
  await timeUntil(async () => (await stepText(per.page, 3)) === original);
  assert.equal(await stepText(kari.page, 3), original);
  assert.equal(await boxAt(kari.page), movedAt);
  assert.equal(await boxAt(per.page), movedAt);

  // Both type in one title at once: Kari at its start, Per at its end (in the inspector). Kari's
  // caret keeps its place while Per's letters arrive, and the two merge letter by letter; first in
  // the inspector (step 2), then typing in place on the canvas (step 4).
  const titleOf = async (page, number) => {
    await page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) }).click();
    return page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  };
  const typeTogether = async (number, kariField, done = async () => undefined) => {
    const perField = await titleOf(per.page, number);
    const before = await perField.inputValue();
    await kariField.press('Home');
    await perField.press('End');
    await perField.pressSequentially(' (Per)', { delay: 30 });
    await timeUntil(async () => (await kariField.inputValue()).endsWith(' (Per)'));
    await kariField.pressSequentially('Kari: ', { delay: 30 });
    await done();
    for (const page of [kari.page, per.page])
      await timeUntil(async () => (await stepText(page, number)).includes(`Kari: ${before} (Per)`));
  };
  await typeTogether(2, await titleOf(kari.page, 2));
  await kari.page.screenshot({ path: out('collab-same-field.png') });
  await kari.page
    .getByRole('img', { name: /^Trinn 4:/ })
    .locator('text')
    .nth(1)
    .dblclick({ force: true });
  const inline = kari.page.getByRole('textbox', { name: /Rediger teksten/ });
  await inline.waitFor();
  await typeTogether(4, inline, () => inline.press('Enter'));

  // Per goes offline, edits, sees that the edit is kept locally; Kari does not see it until he is back.
  await per.context.setOffline(true);
  await status(per.page).getByText('Frakoblet – endringene lagres lokalt').waitFor({ timeout: 15_000 });
  await renameStep(per.page, 1, 'Skrive fråkopla');
  await per.page.screenshot({ path: out('collab-offline.png') });
  await new Promise((r) => setTimeout(r, 500));
  assert.ok(!(await stepText(kari.page, 1)).includes('Skrive fråkopla'), 'not sent while offline');
  await renameStep(kari.page, 2, 'Kari i mellomtida');
  await per.context.setOffline(false);
  await status(per.page).getByText('Tilkoblet').waitFor({ timeout: 15_000 });
  await timeUntil(async () => (await stepText(kari.page, 1)).includes('Skrive fråkopla'), 10_000);
  await timeUntil(async () => (await stepText(per.page, 2)).includes('Kari i mellomtida'), 10_000);
  for (const n of [1, 2, 3])
    assert.equal(await stepText(kari.page, n), await stepText(per.page, n), `step ${n} the same for both`);
  await per.page.screenshot({ path: out('collab-reconnected.png') });

  // The server holds the same: what the API gives back as a file.
  const stored = await api('GET', `/api/documents/${id}`, undefined, session);
  assert.deepEqual(
    stored.steps.slice(0, 3).map((s) => s.title),
    ['Skrive fråkopla', 'Kari i mellomtida', JSON.parse(documentText()).steps[2].title],
  );
  assert.deepEqual([kari.errors, per.errors], [[], []]);

  // Offline again, Per edits and closes the tab: the edit waits in his browser (IndexedDB) and
  // reaches Kari when he opens the document again online.
  await per.context.setOffline(true);
  await status(per.page).getByText('Frakoblet – endringene lagres lokalt').waitFor({ timeout: 15_000 });
  await renameStep(per.page, 4, 'Lagra i nettlesaren');
  await per.page.close();
  await per.context.setOffline(false);
  const again = await per.context.newPage();
  await again.goto(`${server.url}/?d=${id}#t=${token}`);
  await timeUntil(async () => (await stepText(kari.page, 4)).includes('Lagra i nettlesaren'), 10_000);
  assert.ok((await stepText(again, 4)).includes('Lagra i nettlesaren'));

  // A view link: the same trapp, read-only (the status line says so), and nothing it does reaches Kari.
  const view = await api('POST', `/api/documents/${id}/shares`, { role: 'view' }, session);
  const viewer = await openShared(`/?d=${id}#t=${view.token}`);
  await status(viewer.page).getByText('Tilkoblet · bare visning').waitFor();
  assert.equal(await stepText(viewer.page, 4), await stepText(kari.page, 4));
  await viewer.page.keyboard.press('Control+a');
  await viewer.page.keyboard.press('Delete');
  await viewer.page.getByRole('img', { name: /^Trinn 5:/ }).click();
  await viewer.page.screenshot({ path: out('collab-view.png') });
  const title = viewer.page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  assert.equal(
    await title.evaluate((field) => field.closest('[inert]') !== null),
    true,
    'the inspector cannot be reached',
  );
  for (const page of [viewer.page, kari.page])
    assert.equal(await page.getByRole('img', { name: /^Trinn 5:/ }).count(), 1, 'nothing deleted');
  // Presenting still works.
  await viewer.page.getByRole('button', { name: /Presenter/ }).click();
  await viewer.page.getByRole('dialog', { name: 'Presentasjon' }).waitFor();
  await viewer.page.keyboard.press('Escape');
  await viewer.context.close();
  await per.context.close();

  // "Ny trapp" on a shared document makes a trapp of Kari's own, in her browser's library (the
  // single-user editor); the shared one stays as it is.
  const steps = (await api('GET', `/api/documents/${id}`, undefined, session)).steps.length;
  await createBlank(kari.page, 3);
  await kari.page.waitForURL((url) => !url.search.includes('d='));
  await kari.page.getByRole('img', { name: /^Trinn 3:/ }).waitFor();
  assert.equal(await kari.page.getByRole('img', { name: /^Trinn 4:/ }).count(), 0);
  assert.equal(await status(kari.page).count(), 0, 'no status line of a shared document');
  assert.equal((await api('GET', `/api/documents/${id}`, undefined, session)).steps.length, steps);
  await kari.context.close();
});
