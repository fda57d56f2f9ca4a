// One picture in the browser's PNG and the PDF: for every template's overview, the PNG the export
// dialog makes and the command line's PDF (through pdftoppm), at the same pixel size (A-paper at
// 100 dpi), compared by the cross-renderer measure of export/crossRenderer.test.ts: 12 x 12 pixel
// blocks, a block differs when its mean grey moves by more than 32 of 255; at most 2 may differ.
// Together with that test (PDF against the command line's PNG and the SVG) and export-fidelity
// (canvas against the browser's PNG), every output is tied to the same picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { openEditor, useBrowser, out } from './browser.mjs';

const MAX_BLOCKS = 2;
const root = new URL('../../', import.meta.url);
const { getDifferingBlocks, drawBlockDiff } = await tsImport('../../export/testing/blocks.ts', import.meta.url);
const { decodePng } = await tsImport('../../export/testing/pixels.ts', import.meta.url);
const templatesDir = new URL('templates/', root);
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.trapp.json'))
  .map((f) => ({ id: f.replace('.trapp.json', ''), doc: JSON.parse(readFileSync(new URL(f, templatesDir), 'utf8')) }));

const browser = useBrowser();

/** The command line's PDF of the overview without margin, drawn by pdftoppm at 100 dpi. */
function pdfAt100Dpi(id) {
  const pdf = out(`cross-browser-${id}.pdf`);
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'export/cli.ts', id, '--format', 'pdf', '--margin', '0', '--out', pdf],
    { cwd: root, stdio: 'pipe' },
  );
  execFileSync('pdftoppm', ['-png', '-singlefile', '-r', '100', pdf, pdf]);
  return decodePng(readFileSync(`${pdf}.png`));
}

async function exportPngOfWidth(page, width, file) {
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.getByLabel(/PNG/).check();
  await dialog.getByLabel('Marg (mm)', { exact: true }).fill('0');
  await dialog.getByLabel('Oppløsning', { exact: true }).selectOption('width');
  await dialog.getByRole('spinbutton', { name: 'Bredde (piksler)' }).fill(String(width));
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Last ned' }).click();
  const download = await downloading;
  await download.saveAs(file);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  return decodePng(readFileSync(file));
}

for (const { id, doc } of templates) {
  test(`${id}: the browser's PNG of the overview differs from the PDF in at most ${MAX_BLOCKS} blocks of 12 x 12 at 100 dpi`, async () => {
    const pdf = pdfAt100Dpi(id);
    const { page, errors } = await openEditor(browser);
    await page.getByRole('button', { name: 'Ny trapp' }).click();
    const gallery = page.getByRole('dialog', { name: 'Ny trapp' });
    const name = `Bruk malen ${doc.meta.municipality}: ${doc.meta.title}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await gallery.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await gallery.waitFor({ state: 'detached' });
    await page.waitForSelector('.react-flow__node-scene');
    const png = await exportPngOfWidth(page, pdf.width, out(`cross-browser-${id}.png`));
    assert.ok(
      Math.abs(png.height - pdf.height) <= 1,
      `same pixel size: ${png.width} x ${png.height} and ${pdf.width} x ${pdf.height}`,
    );
    const blocks = getDifferingBlocks(pdf, png);
    if (blocks.length > 0) writeFileSync(out(`cross-browser-${id}-diff.png`), drawBlockDiff(pdf, blocks));
    console.log(`${id}: ${png.width} x ${png.height}, ${blocks.length} differing blocks`);
    assert.ok(
      blocks.length <= MAX_BLOCKS,
      `${blocks.length} blocks differ; see tests/e2e/out/cross-browser-${id}-diff.png`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
}
