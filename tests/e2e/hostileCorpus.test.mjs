// Issue 20's "done when": a sample of each class of the hostile corpus (tests/hostile/corpus.mjs),
// opened through Fil ▸ Åpne fil and then reloaded, never leaves the editor blank and never makes it
// ask for anything outside its own origin; the document that was open before is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleCorpus } from '../hostile/corpus.mjs';
import { baseUrl, useBrowser, out } from './browser.mjs';
import { drawnTitle, openApp, openFile, openMenuItem, setStepTitle, waitSaved } from './storageHelpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'trappa-corpus-'));
// One of each class, and the pictures that would call out or read a path if drawn.
const samples = sampleCorpus(1, [
  'pictureSchemes/http',
  'pictureSchemes/protocol-relative',
  'svgPictures/image-https-base64',
  'svgPictures/style-url-base64',
  'svgPictures/fe-image-base64',
  'fonts/font-hmtx-outside',
  'fonts/font-units-per-em-0',
]).filter((s) => s.text !== undefined);
const browser = useBrowser();

/** What the editor shows now: a drawing, the message of a drawing that failed, or the safe start's notice. */
async function getShown(page) {
  await page.getByRole('button', { name: /^Fil/ }).waitFor({ timeout: 60_000 });
  await page.locator('.react-flow__node-scene, main .drawing-failed').first().waitFor({ timeout: 60_000 });
  if (await page.locator('main .drawing-failed').count()) return 'drawing failed';
  const safe = await page.getByText(/^Trappa lukket seg sist mens/).count();
  return safe ? 'safe start' : 'drawn';
}

test(
  `a sample of each class of the hostile corpus (${samples.length} files) opens, reloads and never blanks the editor or calls out`,
  { timeout: 15 * 60_000 },
  async () => {
    const context = await browser.newContext();
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await openApp(context);
    page.setDefaultTimeout(60_000);
    await setStepTitle(page, 1, 'Godt dokument');
    await waitSaved(page);

    const outcomes = [];
    for (const sample of samples) {
      const path = join(dir, `${sample.name.replace('/', '-')}.trapp.json`);
      writeFileSync(path, sample.text);
      await openFile(page, path);
      const answer = page.locator('[role="alertdialog"], .toast p, main .drawing-failed').first();
      await answer.waitFor();
      const refused = await page.getByRole('alertdialog').count();
      if (refused) await page.getByRole('alertdialog').getByRole('button', { name: 'Lukk' }).first().click();
      await page.waitForTimeout(150);
      const opened = await getShown(page);
      await page.reload();
      const reloaded = await getShown(page);
      outcomes.push(`${sample.name}: ${refused ? 'refused' : 'opened'}, ${opened}; after reload ${reloaded}`);
    }
    console.log(outcomes.join('\n'));
    await page.screenshot({ path: out('hostile-corpus-last.png') });

    const origin = new URL(baseUrl()).origin;
    assert.deepEqual(
      requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin),
      [],
    );

    // The document open before the corpus is in the library as it was.
    await openMenuItem(page, 'Mine trapper …');
    const library = page.getByRole('dialog', { name: 'Mine trapper' });
    await library.waitFor();
    const first = (await library.getByRole('heading', { level: 3 }).allInnerTexts()).find((name) =>
      /Østre Toten/.test(name),
    );
    assert.ok(first, 'the first document is listed');
    await library.getByRole('button', { name: `Åpne «${first}»` }).click();
    await library.waitFor({ state: 'detached' });
    assert.equal(await drawnTitle(page, 1), 'Godt dokument');
    await context.close();
  },
);
