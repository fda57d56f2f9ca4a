// Presence on a shared trapp (issue 16): two people on the real collaboration server, each in a
// browser context of their own. Each sees who is here in the toolbar, the other's selection
// outlined in their colour with their name, and the other's pointer while it moves; a remote
// pointer move redraws the presence layer only, never the canvas (React commits counted through
// the devtools hook, which React calls in production builds too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, out } from './browser.mjs';
import { callApi, useTrappaServer } from './trappaServer.mjs';
import { countRenders, readRenders } from './renderCounts.mjs';

const browser = useBrowser();
const server = useTrappaServer();

const api = (method, path, body, token) => callApi(server, method, path, body, token);

/** The canvas (the component with `sheets` and `pageKey` props) and the presence layer (`awareness` and `sheet`). */
const renderMarkers = { canvas: ['sheets', 'pageKey'], layer: ['awareness', 'sheet'] };

async function openShared(path, { session, name } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(countRenders, renderMarkers);
  if (session) await context.addInitScript((s) => localStorage.setItem('trappa.session', s), session);
  // The account's name as the sharing UI keeps it after logging in.
  if (name) await context.addInitScript((n) => localStorage.setItem('trappa.sessionName', n), name);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url + path);
  await page.waitForSelector('.react-flow__node-scene').catch(async (error) => {
    await page.screenshot({ path: out('presence-failed.png') });
    throw new Error(`${error.message}\n${errors.join('\n')}`);
  });
  await page.locator('.collab-status').getByText('Tilkoblet').waitFor();
  return { context, page, errors };
}

const renders = readRenders;
const avatars = (page) => page.getByRole('list', { name: 'Til stede' }).getByRole('img');

test('each sees who is here, the other’s selection in their colour and their pointer; pointer moves leave the canvas alone', async () => {
  const { session } = await api('POST', '/api/users', { name: 'Kari Nordmann', password: 'passord-123' });
  const doc = readFileSync(new URL('../../templates/ostre-toten.trapp.json', import.meta.url), 'utf8');
  const { id } = await api('POST', '/api/documents', doc, session);
  const { token } = await api('POST', `/api/documents/${id}/shares`, { role: 'edit' }, session);
  const kari = await openShared(`/?d=${id}`, { session, name: 'Kari Nordmann' });
  const per = await openShared(`/?d=${id}#t=${token}`);

  // Who is here: oneself first, then the other, with an accessible name saying who and what they do.
  await avatars(kari.page).nth(1).waitFor();
  const kariSees = await avatars(kari.page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const perSees = await avatars(per.page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.equal(kariSees[0], 'Kari Nordmann (deg)');
  assert.match(kariSees[1], /^Gjest \d+ \(redigerer\)$/);
  assert.equal(perSees[1], 'Kari Nordmann (redigerer)');
  const guest = kariSees[1].replace(' (redigerer)', '');
  assert.equal(perSees[0], `${guest} (deg)`);
  const colour = (page, n) =>
    avatars(page)
      .nth(n)
      .evaluate((e) => getComputedStyle(e).backgroundColor);
  const kariColour = await colour(kari.page, 0);
  assert.equal(await colour(per.page, 1), kariColour, 'Kari has one colour for both');
  assert.notEqual(await colour(kari.page, 1), kariColour, 'the two have different colours');

  // Someone with a view link is here too, as one who only looks.
  const { token: viewToken } = await api('POST', `/api/documents/${id}/shares`, { role: 'view' }, session);
  const viewer = await openShared(`/?d=${id}#t=${viewToken}`);
  await kari.page.waitForFunction(
    () =>
      [...document.querySelectorAll('.presence-avatars [role="img"]')].some((e) =>
        / \(ser på\)$/.test(e.getAttribute('aria-label')),
      ),
    null,
    { timeout: 5000 },
  );
  await viewer.context.close();
  await kari.page.waitForFunction(
    () => document.querySelectorAll('.presence-avatars [role="img"]').length === 2,
    null,
    { timeout: 40_000 },
  );

  // Kari selects step 3: Per sees it outlined in Kari's colour, with her name.
  const step3 = (page) => page.getByRole('img', { name: /^Trinn 3:/ });
  const beforeClick = await renders(kari.page);
  await step3(kari.page).click();
  // The count does see the canvas drawn: one's own click on it draws it again.
  await kari.page.waitForFunction((n) => window.__renders.canvas > n, beforeClick.canvas, { timeout: 2000 });
  const outline = per.page.locator('.presence-selection');
  await outline.waitFor({ timeout: 2000 });
  assert.equal(await outline.locator('text').textContent(), 'Kari Nordmann');
  assert.equal(
    await outline
      .locator('rect.presence-outline')
      .first()
      .evaluate((r) => getComputedStyle(r).stroke),
    kariColour,
  );
  const [ring, node] = [
    await outline.locator('rect.presence-outline').first().boundingBox(),
    await step3(per.page).boundingBox(),
  ];
  assert.ok(
    ring.x <= node.x &&
      ring.y <= node.y &&
      ring.x + ring.width >= node.x + node.width &&
      ring.y + ring.height >= node.y + node.height,
    'the outline goes round the step',
  );
  assert.equal(await kari.page.locator('.presence-selection').count(), 0, 'one does not see one’s own outline');

  // Per moves his pointer over the canvas: Kari sees it where it is (same window size, same fitted view).
  const before = await renders(kari.page);
  const start = { x: 600, y: 420 };
  for (let i = 0; i <= 40; i++) {
    await per.page.mouse.move(start.x + i * 6, start.y + i * 3);
    await per.page.waitForTimeout(15);
  }
  const pointer = kari.page.locator('.presence-pointer');
  await pointer.waitFor({ timeout: 2000 });
  assert.equal(await pointer.locator('text').textContent(), guest);
  const end = { x: start.x + 240, y: start.y + 120 };
  await kari.page.waitForFunction(
    ([x, y]) => {
      const tip = document.querySelector('.presence-pointer path')?.getBoundingClientRect();
      return tip && Math.abs(tip.left - x) < 4 && Math.abs(tip.top - y) < 4;
    },
    [end.x, end.y],
    { timeout: 2000 },
  );
  await kari.page.screenshot({ path: out('presence-kari.png') });
  await per.page.screenshot({ path: out('presence-per.png') });
  const afterMoves = await renders(kari.page);
  console.log(
    `Kari's React commits while Per's pointer moved 41 times: ${afterMoves.commits - before.commits}, presence layer drawn ${afterMoves.layer - before.layer} times, canvas ${afterMoves.canvas - before.canvas} times`,
  );
  assert.ok(afterMoves.layer - before.layer >= 3, 'the presence layer followed the pointer');
  assert.ok(afterMoves.layer - before.layer <= 41, 'at most one draw per pointer message');
  assert.equal(afterMoves.canvas - before.canvas, 0, 'the canvas was not drawn again for a remote pointer');

  // Per's pointer leaves the canvas: Kari's view of it goes away.
  await per.page.mouse.move(5, 5);
  await pointer.waitFor({ state: 'detached', timeout: 2000 });

  // Per goes to another page: his pointer and selection are no longer drawn on Kari's.
  await step3(per.page).click();
  await kari.page.locator('.presence-selection').waitFor({ timeout: 2000 });
  await per.page.locator('.page-strip ol button').nth(1).click();
  await kari.page.locator('.presence-selection').waitFor({ state: 'detached', timeout: 2000 });

  // Per leaves: Kari's toolbar shows her alone.
  await per.context.close();
  await kari.page.waitForFunction(
    () => document.querySelectorAll('.presence-avatars [role="img"]').length === 1,
    null,
    { timeout: 40_000 },
  );
  assert.deepEqual([kari.errors, per.errors], [[], []]);
  await kari.context.close();
});
