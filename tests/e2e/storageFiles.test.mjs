// Files in and out, and links: every bad file gets its own clear message and leaves the open
// document as it was; a javascript: link is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, out } from './browser.mjs';
import { drawnLabels, openApp, openFile, openMenuItem, waitForHeader, waitSaved } from './storageHelpers.mjs';

const template = (name) =>
  JSON.parse(readFileSync(new URL(`../../templates/${name}.trapp.json`, import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'trappa-files-'));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function fiftyMegabytes() {
  const path = join(dir, 'stor.trapp.json');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  return path;
}

const future = { ...template('gausdal'), version: 2 };
const invalid = template('lillesand');
invalid.steps[1].title = 5;
invalid.theme.accent = 'rød';
invalid.steps[0].sections[0].items[0].links = [{ text: 'Frivilligsentralen', href: 'javascript:alert(1)' }];

const badFiles = [
  [
    'corrupt',
    file('ødelagt.trapp.json', JSON.stringify(template('alver')).slice(0, 3000)),
    [/^Filen er ikke en gyldig JSON-fil \(.+\)\.$/],
  ],
  [
    'another program',
    file('tegning.excalidraw.json', JSON.stringify({ type: 'excalidraw', version: 2, elements: [] })),
    ['Filen er ikke en Trappa-fil (.trapp.json).'],
  ],
  ['empty', file('tom.trapp.json', ''), ['Filen er tom.']],
  [
    'a picture',
    file('bilde.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    ['Filen er ikke en tekstfil. Trappa åpner .trapp.json-filer.'],
  ],
  ['50 MB', fiftyMegabytes(), ['Filen er 50 MB. Trappa åpner filer på opptil 20 MB.']],
  [
    'a future version',
    file('framtid.trapp.json', JSON.stringify(future)),
    ['Filen er laget med en nyere versjon av Trappa (format 2). Oppdater Trappa for å åpne den.'],
  ],
  [
    'invalid fields',
    file('feil.trapp.json', JSON.stringify(invalid)),
    [
      'theme.accent: forventet en gyldig verdi',
      'steps[0].sections[0].items[0].links[0].href: lenken er ikke tillatt (bare http, https, mailto og tel)',
      'steps[1].title: forventet tekst',
    ],
  ],
];

const browser = useBrowser();

test('each bad file gets its own message, and the open document is unchanged', async () => {
  const context = await browser.newContext();
  const page = await openApp(context);
  const drawn = await drawnLabels(page);
  for (const [name, path, expected] of badFiles) {
    await openFile(page, path);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const title = await dialog.getByRole('heading').innerText();
    assert.match(title, /^Kunne ikke åpne «.+»$/, name);
    assert.match(await dialog.innerText(), /Trappa du har åpen, er ikke endret\./);
    const problems = await dialog.getByRole('listitem').allInnerTexts();
    assert.equal(problems.length, expected.length, `${name}: ${problems.join(' | ')}`);
    expected.forEach((sentence, i) =>
      sentence instanceof RegExp
        ? assert.match(problems[i], sentence, name)
        : assert.equal(problems[i], sentence, name),
    );
    await page.screenshot({ path: out(`file-problem-${name.replace(/\s+/g, '-')}.png`) });
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    assert.deepEqual(await drawnLabels(page), drawn, `${name}: the open document is unchanged`);
    assert.equal(await page.getByRole('button', { name: /Angre/ }).isDisabled(), true);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('save as a file, open it again by button and by dropping it: it opens as a new document in the library', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  const page = await openApp(context);
  const download = page.waitForEvent('download');
  await openMenuItem(page, 'Lagre som fil …');
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'Østre Toten – Helhetlig innsatstrapp.trapp.json');
  const savedPath = join(dir, 'lagret.trapp.json');
  await saved.saveAs(savedPath);
  assert.deepEqual(
    JSON.parse(readFileSync(savedPath, 'utf8')).steps.map((s) => s.title),
    template('ostre-toten').steps.map((s) => s.title),
  );

  await openFile(page, file('gausdal.trapp.json', JSON.stringify(template('gausdal'))));
  await page.getByText('Åpnet «gausdal».').waitFor();
  await waitForHeader(page, 'Gausdal');

  const text = JSON.stringify(template('alver'));
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'alver-2026.trapp.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await page.getByText('Åpnet «alver-2026».').waitFor();
  await waitForHeader(page, 'Alver');
  await waitSaved(page);

  await openMenuItem(page, 'Mine trapper …');
  const library = page.getByRole('dialog', { name: 'Mine trapper' });
  await library.getByRole('article').nth(2).waitFor();
  // Newest change first.
  assert.deepEqual(await library.getByRole('heading', { level: 3 }).allInnerTexts(), [
    'alver-2026',
    'gausdal',
    'Østre Toten – Helhetlig innsatstrapp',
  ]);
  await context.close();
});

test('a javascript: link is refused when pasted or typed; a web address is kept', async () => {
  const context = await browser.newContext();
  const page = await openApp(context);
  await page.getByRole('button', { name: 'Ny trapp' }).click();
  await page
    .getByRole('dialog', { name: 'Ny trapp' })
    .getByRole('button', { name: /Bruk malen Lillesand/ })
    .click();
  await openMenuItem(page, 'Lenker …');
  const dialog = page.getByRole('dialog', { name: 'Lenker i trappa' });
  const field = dialog.getByRole('textbox').first();
  const label = await field.getAttribute('id').then((id) => dialog.locator(`label[for="${id}"]`).innerText());

  await field.focus();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'javascript:alert(document.cookie)');
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
  const refusal = dialog.getByRole('alert');
  assert.equal(
    await refusal.innerText(),
    'Lenken ble ikke lagret: bare adresser som begynner med https:, http:, mailto: eller tel: er tillatt.',
  );
  assert.equal(await field.inputValue(), '', 'the pasted address never sits in the field');
  await page.screenshot({ path: out('link-refused.png') });

  await field.fill('  JavaScript:void(0)');
  await field.press('Enter');
  await refusal.waitFor();
  assert.equal(await page.getByRole('button', { name: /Angre/ }).isDisabled(), true, 'a refused link changes nothing');

  await field.fill('www.lillesand.kommune.no/helse');
  await field.press('Enter');
  await dialog.getByText('Lenken er lagret.').waitFor();
  assert.equal(await field.inputValue(), 'https://www.lillesand.kommune.no/helse');
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('.react-flow__node-scene');
  await openMenuItem(page, 'Lenker …');
  assert.equal(
    await page.getByRole('dialog', { name: 'Lenker i trappa' }).getByLabel(label).inputValue(),
    'https://www.lillesand.kommune.no/helse',
  );
  await context.close();
});
