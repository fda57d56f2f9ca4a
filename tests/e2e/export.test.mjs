import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openEditor, openTemplate, useBrowser, out } from './browser.mjs';

/** A reader that is not ours; a missing one fails with the package to install. */
function read(tool, args, aptPackage) {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error?.code === 'ENOENT') assert.fail(`${tool} is not installed: apt-get install -y ${aptPackage}`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const browser = useBrowser();

async function openExportDialog(page) {
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.waitFor();
  await dialog.getByRole('img', { name: 'Forhåndsvisning av første side' }).waitFor();
  return dialog;
}

async function download(page, dialog, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const path = out(name);
  await file.saveAs(path);
  await dialog
    .getByRole('status')
    .getByText(/Lastet ned/)
    .waitFor();
  return { path, suggested: file.suggestedFilename() };
}

test('the export dialog makes a vector PDF of every page that pdfinfo, pdffonts and pdftotext read', async () => {
  const { page, errors } = await openEditor(browser);
  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Papir', { exact: true }).selectOption('A2');
  await dialog.getByLabel('Sider', { exact: true }).selectOption('all');
  await dialog.getByLabel(/Til trykkeri/).check();
  assert.equal(await dialog.getByLabel('Skjæremerker', { exact: true }).isChecked(), true);
  await page.screenshot({ path: out('export-dialog.png') });
  const { path, suggested } = await download(page, dialog, 'export-e2e.pdf');
  assert.match(suggested, /^ostre-toten-.*-a2\.pdf$/);

  const info = read('pdfinfo', ['-box', path], 'poppler-utils');
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages > 1, `${pages} pages`);
  const trim = info
    .match(/TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/)
    .slice(1)
    .map(Number);
  assert.ok(
    Math.abs(trim[2] - trim[0] - 1683.78) < 1 && Math.abs(trim[3] - trim[1] - 1190.55) < 1,
    `A2 landscape trim box: ${trim}`,
  );
  const fonts = read('pdffonts', [path], 'poppler-utils').trim().split('\n').slice(2);
  assert.ok(fonts.length > 0 && fonts.every((line) => / yes yes yes /.test(line)), fonts.join('\n'));
  const text = read('pdftotext', ['-raw', path, '-'], 'poppler-utils');
  const template = JSON.parse(readFileSync(new URL('../../templates/ostre-toten.trapp.json', import.meta.url), 'utf8'));
  for (const step of template.steps)
    assert.ok(text.replace(/\s+/g, '').includes(step.title.replace(/\s+/g, '')), step.title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the browser PNG has the pixel size and resolution chosen, and options are remembered for the document', async () => {
  const { page, errors } = await openEditor(browser);
  let dialog = await openExportDialog(page);
  await dialog.getByLabel(/PNG/).check();
  await dialog.getByLabel('Papir', { exact: true }).selectOption('A4');
  await dialog.getByLabel('Oppløsning', { exact: true }).selectOption('150');
  await dialog.getByText('1754 × 1240 piksler').waitFor();
  const { path } = await download(page, dialog, 'export-e2e.png');
  const check = read('pngcheck', ['-v', path], 'pngcheck');
  assert.match(check, /1754 x 1240 image/);
  assert.match(check, /\(150 dpi\)/);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  dialog = await openExportDialog(page);
  assert.equal(await dialog.getByLabel(/PNG/).isChecked(), true);
  assert.equal(await dialog.getByLabel('Oppløsning', { exact: true }).inputValue(), '150');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Share of pixels that differ clearly (more than 48 of 255 in a channel) between two PNGs, compared in the page. */
function comparePngs(page, a, b) {
  return page.evaluate(
    async ([first, second]) => {
      const load = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const images = [await load(first), await load(second)];
      const [w, h] = [Math.min(...images.map((i) => i.width)), Math.min(...images.map((i) => i.height))];
      const [pa, pb] = images.map((image) => {
        const context = Object.assign(document.createElement('canvas'), { width: w, height: h }).getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, w, h).data;
      });
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2])) > 48)
          differ++;
      return { sizes: images.map((i) => [i.width, i.height]), share: differ / (w * h) };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

test('the PDF looks like the canvas: the same page drawn by Chromium and by poppler differs only in anti-aliasing', async () => {
  const { page } = await openEditor(browser);
  const dialog = await openExportDialog(page);
  await dialog.getByLabel(/PDF/).check();
  await dialog.getByLabel('Papir', { exact: true }).selectOption('A3');
  await dialog.getByLabel('Sider', { exact: true }).selectOption('overview');
  await dialog.getByLabel(/Til trykkeri/).uncheck();
  await dialog.getByLabel('Marg (mm)', { exact: true }).fill('0');
  const { path } = await download(page, dialog, 'export-fidelity.pdf');
  read('pdftoppm', ['-png', '-r', '72', '-singlefile', path, out('export-fidelity-pdf')], 'poppler-utils');
  // The canvas's own drawing of the page (SceneSvg), at 1 px per point, as Chromium paints it.
  const markup = await dialog.locator('.scene-svg').evaluate((el) => el.outerHTML);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await page.evaluate((svg) => {
    const host = Object.assign(document.createElement('div'), { id: 'fidelity', innerHTML: svg });
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:99999;background:#fff';
    host.firstElementChild.style.cssText = 'display:block;width:1191px;height:842px';
    document.body.append(host);
  }, markup);
  const canvas = await page.locator('#fidelity').screenshot({ path: out('export-fidelity-canvas.png') });
  const { sizes, share } = await comparePngs(page, canvas, readFileSync(out('export-fidelity-pdf.png')));
  assert.deepEqual(sizes, [
    [1191, 842],
    [1191, 842],
  ]);
  assert.ok(share < 0.03, `${(share * 100).toFixed(2)} % of pixels differ`);
  await page.close();
});

test("preflight lists Lillesand's links without an address; a click closes the dialog and selects the step on its page", async () => {
  const { page, errors } = await openEditor(browser);
  await openTemplate(page, 'Lillesand');
  const dialog = await openExportDialog(page);
  const preflight = dialog.getByRole('region', { name: 'Sjekk før eksport' });
  await preflight.getByText('Fant ingen problemer.').waitFor();
  await dialog.getByLabel('Sider', { exact: true }).selectOption('all');
  await preflight.getByText('73 ting bør sjekkes. Du kan eksportere likevel.').waitFor();
  await page.screenshot({ path: out('export-preflight.png') });
  await preflight
    .getByRole('button', { name: /^Trinn 1: lenken «.+» har ingen adresse$/ })
    .first()
    .click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('complementary').getByRole('heading', { name: 'Trinn 1' }).waitFor();
  assert.ok((await page.locator('.react-flow__node-scene.selected').count()) > 0, 'the step is selected on the canvas');
  await page.screenshot({ path: out('export-preflight-jump.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a PNG of a chosen pixel width with a transparent background', async () => {
  const { page, errors } = await openEditor(browser);
  const dialog = await openExportDialog(page);
  await dialog.getByLabel(/PNG/).check();
  await dialog.getByLabel('Oppløsning', { exact: true }).selectOption('width');
  await dialog.getByLabel('Bredde (piksler)', { exact: true }).fill('2000');
  await dialog.getByLabel('Gjennomsiktig bakgrunn').check();
  await dialog.getByText('2000 × 1414 piksler').waitFor();
  const { path } = await download(page, dialog, 'export-e2e-transparent.png');
  const check = read('pngcheck', ['-v', path], 'pngcheck');
  assert.match(check, /2000 x 1414 image, 32-bit RGB\+alpha/);
  // 2000 pixels over A3's 420 mm: 4762 pixels per metre (121 dpi), as Word and InDesign read it.
  assert.match(check, /4762 pixels\/meter \(121 dpi\)/);
  const corner = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const context = Object.assign(document.createElement('canvas'), { width: 4, height: 4 }).getContext('2d');
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, readFileSync(path).toString('base64'));
  assert.deepEqual(corner, [0, 0, 0, 0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an SVG with its text as outlines: no <text>, and rsvg-convert renders it', async () => {
  const { page, errors } = await openEditor(browser);
  const dialog = await openExportDialog(page);
  await dialog.getByLabel(/SVG/).check();
  await dialog.getByLabel(/Tekst som konturer/).check();
  const { path } = await download(page, dialog, 'export-e2e-outlines.svg');
  const svg = readFileSync(path, 'utf8');
  assert.doesNotMatch(svg, /<text[\s>]/);
  assert.match(svg, /<use xlink:href="#glyph-/);
  read(
    'rsvg-convert',
    ['--format', 'png', '--width', '1200', '--output', out('export-e2e-outlines.png'), path],
    'librsvg2-bin',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
