// Bringing a trapp in (issue 15): a web page's trapp pasted on the canvas as the clipboard's HTML,
// and a plain-text list typed into the dialog; previewed, applied, and found in the overview, in the
// document and in the exported PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { openEditor, useBrowser, out } from './browser.mjs';
import { formatViolations, getSeriousViolations } from './axe.mjs';

const browser = useBrowser();

const steps = [
  ['Aktive lokalsamfunn', ['Frivilligsentral', 'Turløyper', 'Møteplasser']],
  ['Helsefremmende tiltak', ['Frisklivssentral', 'Seniortrim', 'Kurs i mestring', 'Helsestasjon for eldre']],
  ['Råd og veiledning', ['Demenskoordinator', 'Pårørendeskole', 'Ergoterapi']],
  ['Praktisk hjelp', ['Trygghetsalarm', 'Matombringing', 'Praktisk bistand']],
  ['Helsehjelp hjemme', ['Hjemmesykepleie', 'Dagsenter', 'Avlastning', 'Hverdagsrehabilitering']],
  ['Bolig med bistand', ['Omsorgsbolig', 'Bemannet bolig', 'Brukerstyrt personlig assistanse']],
  ['Sykehjem', ['Korttidsopphold', 'Langtidsopphold', 'Lindrende enhet']],
];
const services = steps.flatMap(([, list]) => list);
const titles = steps.map(([title]) => title);

// The page as a municipality publishes it: cookie banner, menu, a script, a tracking pixel, the
// steps from the top down, a "Kontakt oss" footer.
const webPage = `<html><head><script>window.__ran = true</script></head><body>
<div class="cookie-consent"><p>Vi bruker informasjonskapsler.</p><button>Godta alle</button></div>
<nav><ul><li><a href="/">Forsiden</a></li><li><a href="/helse">Helse</a></li></ul></nav>
<main><h1>Helhetlig innsatstrapp i Fjellbygd kommune</h1>
<p>Trinnene er listet fra øverst til nederst, fra mest til minst inngripen.</p>
<img src="https://tracker.example/pixel.gif" onerror="window.__ran = true">
${[...steps]
  .reverse()
  .map(([title, list]) => `<h2>${title}</h2><ul>${list.map((s) => `<li>${s}</li>`).join('')}</ul>`)
  .join('\n')}
<p><a href="javascript:window.__ran = true">Les mer</a></p></main>
<footer><h2>Kontakt oss</h2><p>Telefon: 61 00 00 00</p></footer></body></html>`;

const squash = (text) => text.replace(/\s+/g, '');
/** The hidden text outline of the open document (every step and service), read as a screen reader would. */
const documentText = (page) => page.locator('main section.visually-hidden').innerText();
const dialogName = 'Lim inn eller hent inn en trapp';

async function openImportDialog(page) {
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name: 'Lim inn / hent inn trapp …' }).click();
  return page.getByRole('dialog', { name: dialogName });
}

/** A paste as the browser sends it on Ctrl+V: a paste event carrying the clipboard's HTML and plain text. */
async function paste(target, { html, text }) {
  await target.evaluate(
    (element, data) => {
      const clipboard = new DataTransfer();
      if (data.html !== undefined) clipboard.setData('text/html', data.html);
      clipboard.setData('text/plain', data.text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

function pdfText(path) {
  const result = spawnSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  if (result.error?.code === 'ENOENT') assert.fail('pdftotext is not installed: apt-get install -y poppler-utils');
  return result.stdout;
}

test("a web page's trapp pasted on the canvas becomes a new trapp with every step and service", async () => {
  const { page, errors } = await openEditor(browser);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await paste(page.locator('body'), { html: webPage, text: titles.join('\n') });

  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.locator('.outline-import-steps li').nth(6).waitFor();
  const summary = await dialog.locator('.outline-import-summary').innerText();
  assert.match(summary, /7 trinn og 23 tjenester/);
  assert.match(summary, /ovenfra og ned/);
  assert.match(summary, /Kommune: Fjellbygd/);
  // The script element and the image's onerror handler; the tracking pixel; the javascript: link.
  assert.match(summary, /2 skript, 1 bilder og 1 usikre lenker/);
  // Highest step first, as the staircase stands: the page listed them top-down, step 1 is Aktive lokalsamfunn.
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), [...titles].reverse());
  await dialog.getByRole('img', { name: /Fjellbygd/ }).waitFor();
  await page.screenshot({ path: out('import-dialog.png') });
  const violations = await getSeriousViolations(page, '[role=dialog]');
  assert.deepEqual(violations, [], formatViolations(violations));

  await dialog.getByRole('button', { name: 'Lag ny trapp' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('.canvas')?.textContent?.includes('Fjellbygd'));
  const drawn = squash((await page.locator('.react-flow__node-scene text').allTextContents()).join(' '));
  for (const title of titles) assert.ok(drawn.includes(squash(title)), `overview draws ${title}`);
  const outline = await documentText(page);
  for (const words of [...titles, ...services]) assert.ok(outline.includes(words), `document has ${words}`);
  await page.screenshot({ path: out('import-poster.png') });

  await page.getByRole('button', { name: 'Eksporter' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Eksporter' });
  await exportDialog.getByLabel('Sider', { exact: true }).selectOption('all');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const path = out('import-e2e.pdf');
  await file.saveAs(path);
  const text = squash(pdfText(path));
  for (const words of [...titles, ...services]) assert.ok(text.includes(squash(words)), `PDF has ${words}`);

  // Nothing from the pasted page ran or was fetched.
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(
    requests.filter((url) => url.includes('tracker.example')),
    [],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a plain-text list replaces the steps of the open trapp, and one undo brings them back', async () => {
  const { page, errors } = await openEditor(browser);
  const before = await documentText(page);
  const dialog = await openImportDialog(page);
  const list =
    'Egenmestring\n- Treningssenter\n- Turstier\nHjemmetjenester\n- Hjemmesykepleie\nSykehjem\n- Korttidsopphold\n- Langtidsopphold';
  await dialog.getByLabel('Teksten med trinnene').fill(list);
  await dialog.locator('.outline-import-steps li').nth(2).waitFor();
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), [
    'Sykehjem',
    'Hjemmetjenester',
    'Egenmestring',
  ]);
  await dialog.getByLabel('Snu rekkefølgen').check();
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), [
    'Egenmestring',
    'Hjemmetjenester',
    'Sykehjem',
  ]);
  await dialog.getByLabel('Snu rekkefølgen').uncheck();
  await dialog.getByRole('button', { name: 'Erstatt trinnene i trappa som er åpen' }).click();
  await dialog.waitFor({ state: 'detached' });

  const outline = await documentText(page);
  assert.match(outline, /Trinn 1: Egenmestring/);
  assert.match(outline, /Trinn 3: Sykehjem/);
  assert.doesNotMatch(outline, /Trinn 4:/);
  for (const words of ['Treningssenter', 'Turstier', 'Hjemmesykepleie', 'Korttidsopphold', 'Langtidsopphold'])
    assert.ok(outline.includes(words), words);
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await documentText(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Markdown file chosen with Fil > Åpne fil goes to the import', async () => {
  const { page, errors } = await openEditor(browser);
  const markdown =
    '# Innsatstrapp\n## Trinn 1: Egenmestring\n- Turlag\n## Trinn 2: Hjemmetjenester\n- Hjemmesykepleie\n';
  await page
    .locator('.file-menu input[type=file]')
    .setInputFiles({ name: 'trapp.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.locator('.outline-import-steps li').nth(1).waitFor();
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), [
    'Hjemmetjenester',
    'Egenmestring',
  ]);
  assert.equal(await dialog.getByLabel('Teksten med trinnene').inputValue(), markdown);
  assert.deepEqual(errors, []);
  await page.close();
});

test('text with no steps, and a page with nothing but script, are refused with a reason; the open trapp stays', async () => {
  const { page, errors } = await openEditor(browser);
  const before = await documentText(page);
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Teksten med trinnene').fill('Bare én setning om trappa.');
  await dialog
    .getByRole('alert')
    .getByText(/Fant ingen trinn/)
    .waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Lag ny trapp' }).isDisabled(), true);
  // Too many steps at the level guessed: another level is offered, and finds fewer.
  const parts = [1, 2].map(
    (part) =>
      `## Del ${part}\n${Array.from({ length: 35 }, (_, i) => `- Trinn ${(part - 1) * 35 + i + 1}: tjeneste`).join('\n')}`,
  );
  await dialog.getByLabel('Teksten med trinnene').fill(parts.join('\n'));
  await dialog
    .getByRole('alert')
    .getByText(/Fant 70 trinn, men en trapp kan ha høyst 60/)
    .waitFor();
  await dialog.getByLabel('Trinnene er').selectOption({ label: 'overskrifter på nivå 2 (2)' });
  await dialog.locator('.outline-import-steps li').nth(1).waitFor();
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), ['Del 2', 'Del 1']);
  await paste(dialog.getByLabel('Teksten med trinnene'), {
    html: '<script>window.__ran = true</script><img src="https://tracker.example/x.gif">',
    text: '',
  });
  await dialog
    .getByRole('alert')
    .getByText(/ingen tekst å lese/)
    .waitFor();
  assert.match(await dialog.getByRole('alert').innerText(), /Trappa du har åpen, er ikke endret/);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await documentText(page), before);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('lines pasted into a service field become one service per line, in one undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await page
    .locator('.steps-panel')
    .getByRole('button', { name: /Attraktive og aktive lokalsamfunn/ })
    .click();
  const inspector = page.locator('.inspector');
  const first = inspector.getByRole('textbox', { name: 'Kommunens forpliktelser, punkt 1' });
  const before = await first.inputValue();
  await first.evaluate((input) => (input.focus(), input.setSelectionRange(input.value.length, input.value.length)));
  await paste(first, { text: ' og lag\n• Turlag\n• Seniorsenter\n  – Seniordans\n' });
  const value = (n) => inspector.getByRole('textbox', { name: `Kommunens forpliktelser, punkt ${n}` }).inputValue();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.inspector input')].some((input) => input.value === 'Seniordans'),
  );
  assert.deepEqual(
    [await value(1), await value(2), await value(3), await value(4)],
    [`${before} og lag`, 'Turlag', 'Seniorsenter', 'Seniordans'],
  );
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await value(1), before);
  assert.notEqual(await value(2), 'Turlag');
  assert.deepEqual(errors, []);
  await page.close();
});

/** A Word file with three headings (outline level 1) and a bulleted list under each. */
function makeWordFile(steps) {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const heading = (text) => `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const bullet = (text) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = steps.map(([title, list]) => heading(title) + list.map(bullet).join('')).join('');
  const numbering = `<w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
  });
}

test('a Word file dropped on the window opens the import with its steps, and becomes a new trapp', async () => {
  const { page, errors } = await openEditor(browser);
  const word = [
    ['Egenmestring', ['Turlag', 'Seniorsenter']],
    ['Hjemmetjenester', ['Hjemmesykepleie']],
    ['Sykehjem', ['Korttidsopphold']],
  ];
  await page.evaluate(
    (bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'plan.docx'));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [...makeWordFile(word)],
  );
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByText('Leser Word-filen «plan.docx».').waitFor();
  await dialog.locator('.outline-import-steps li').nth(2).waitFor();
  assert.deepEqual(await dialog.locator('.outline-import-steps li strong').allInnerTexts(), [
    'Sykehjem',
    'Hjemmetjenester',
    'Egenmestring',
  ]);
  await dialog.getByRole('button', { name: 'Lag ny trapp' }).click();
  await dialog.waitFor({ state: 'detached' });
  const outline = await documentText(page);
  for (const words of word.flat(2)) assert.ok(outline.includes(words), words);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the steps edited as text change the trapp in one undo step, keeping what the text does not hold', async () => {
  const { page, errors } = await openEditor(browser);
  const before = await documentText(page);
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name: 'Rediger trinnene som tekst …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trinnene som tekst' });
  const area = dialog.getByLabel('Trinnene', { exact: true });
  const text = await area.inputValue();
  assert.match(
    text,
    /^Trinn 1: Attraktive og aktive lokalsamfunn\nUndertittel: Tilhørighet, mangfold og trivsel\nVisjon: /,
  );
  await page.screenshot({ path: out('outline-edit.png') });
  const edited = text
    .replace('Trinn 1: Attraktive og aktive lokalsamfunn', 'Trinn 1: Levende lokalsamfunn')
    .replace(/\n\nTrinn 2:/, '\n- Bygdekino\n\nTrinn 2:');
  await area.fill(edited);
  await dialog.getByText('11 trinn og').waitFor();
  await dialog.getByRole('button', { name: 'Bruk endringene' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(await documentText(page), /Trinn 1: Levende lokalsamfunn/);
  // Opened again, the text is the trapp as it now is: the new service under step 1's commitments.
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name: 'Rediger trinnene som tekst …' }).click();
  assert.match(await area.inputValue(), /kommunens planer\n- Bygdekino\n\nTrinn 2:/);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  // Step 6's campaign callout is not in the text, and stays on the poster.
  const drawn = (await page.locator('.react-flow__node-scene text').allTextContents()).join(' ');
  assert.match(drawn, /Er hjemmet ditt klart/);
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await documentText(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});
