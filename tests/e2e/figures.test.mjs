import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstShape, openEditor, openTemplate, useBrowser, out } from './browser.mjs';
import { formatViolations, getSeriousViolations } from './axe.mjs';

const browser = useBrowser();

const openAlver = (page) => openTemplate(page, 'Alver');

/** The value labels of the cost chart as drawn on the canvas, step by step. */
const costLabels = async (page) =>
  (
    await page
      .locator('.react-flow__node-scene[data-id^="figure:chart-total-cost:"]')
      .evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('text')].map((t) => t.textContent).join(' ')))
  ).map(plain);
const drawnText = async (page) =>
  plain((await page.locator('.react-flow__node-scene text').allTextContents()).join(' '));
/** Numbers are drawn and shown with no-break spaces; the test reads them as plain spaces. */
const plain = (text) => text.replace(/\s+/g, ' ');
const valueOf = async (field) => plain(await field.inputValue());
const undoButton = (page) => page.getByRole('button', { name: /^↶ Angre/ });

// Alver's 2021 costs as a spreadsheet would hold them after a correction, with a 2040 scenario, a
// column of FTEs the user leaves out and the sum row spreadsheets have at the bottom.
const corrected = [
  '−60 000',
  '23 190',
  '32 382',
  '33 556',
  '10 744',
  '190 500',
  '22 374',
  '−5 652',
  '-',
  '125 713',
  '52 965',
  '98 867',
  '19 326',
];
const target2040 = [
  '−70 000',
  '30 000',
  '40 000',
  '42 000',
  '16 000',
  '205 000',
  '22 374',
  '−5 652',
  '1 600',
  '118 000',
  '45 000',
  '84 000',
  '19 326',
];
const pasted = [
  'Trinn\tTotal kostnad 2021 (1000 kr)\tMål 2040\tÅrsverk',
  ...corrected.map((value, i) => `Trinn ${i + 1}\t${value}\t${target2040[i]}\t${i + 2},5`),
  'Sum\t533 462\t567 048\t',
].join('\r\n');

test('Alver: a table pasted from a spreadsheet is mapped, updates the cost bars, and goes back with one undo', async () => {
  const { page, errors } = await openEditor(browser);
  await openAlver(page);
  const before = await costLabels(page);
  assert.equal(before.length, 13);
  assert.equal(before[5], '182 718');

  await page.getByRole('button', { name: 'Datatabell' }).click();
  const table = page.getByRole('dialog', { name: 'Tall per trinn' });
  await table.getByRole('button', { name: /^Hent inn tall/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Hent inn tall fra regneark' });
  // Paste as the browser does on Ctrl+V from Excel: a paste event carrying tab-separated text.
  await dialog.getByLabel('Lim inn fra Excel eller LibreOffice').evaluate((area, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);

  // The guesses: steps from "Trinn n", the 2021 column to the accounts, the 2040 column to a new scenario.
  await dialog.getByRole('heading', { name: 'Hvor tallene skal' }).waitFor();
  assert.equal(await dialog.getByLabel('Hva kolonne 1 er').inputValue(), 'steps');
  assert.equal(await dialog.getByLabel('Hva kolonne 2 er').inputValue(), 'totalCost');
  assert.equal(await dialog.getByLabel('År eller scenario for kolonne 2').inputValue(), 'Rekneskap 2021');
  assert.equal(await dialog.getByLabel('År eller scenario for kolonne 3').inputValue(), 'Mål 2040');
  assert.equal(await dialog.getByLabel('Trinn for rad 7').inputValue(), 'step-6');
  assert.match(await dialog.innerText(), /Rad 15 \(«Sum»\) passer ikke til noe trinn/);
  // The user leaves the FTE column out.
  assert.equal(await dialog.getByLabel('Hva kolonne 4 er').inputValue(), 'fte');
  await dialog.getByLabel('Hva kolonne 4 er').selectOption({ label: 'Ikke bruk' });
  // Three 2021 values differ from the trapp (step 9's dash takes its value away) and 13 are new; the rest are the same.
  assert.match(await dialog.getByRole('status').innerText(), /^16 av 26 tall endrer trappa; 10 er de samme som nå/);
  const preview = dialog.getByRole('table', { name: 'Forhåndsvisning' });
  const previewCell = (row, column) => preview.locator('tbody tr').nth(row).locator('td').nth(column);
  assert.equal(plain(await previewCell(1, 1).getAttribute('title')), 'Endres. Nå i trappa: −63 778');
  assert.equal(await previewCell(9, 1).innerText(), '–', 'the pasted dash is shown as missing');
  assert.equal(plain(await previewCell(9, 1).getAttribute('title')), 'Endres. Nå i trappa: 1 057');
  assert.equal(await previewCell(2, 1).getAttribute('class'), null, 'a value the trapp has already is not marked');
  assert.deepEqual(await costLabels(page), before, 'nothing changes before the import is confirmed');
  await page.screenshot({ path: out('figures-import-mapping.png') });
  const mappingViolations = await getSeriousViolations(page, '[role=dialog]');
  assert.equal(mappingViolations.length, 0, formatViolations(mappingViolations));

  await dialog.getByRole('button', { name: 'Hent inn', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  // Back in the data table, the imported figures are there; closing it shows the overview.
  assert.equal(await valueOf(table.getByLabel('Trinn 6: Total kostnad, Mål 2040')), '205 000');
  await table.getByRole('button', { name: 'Lukk' }).click();
  await table.waitFor({ state: 'detached' });

  const after = await costLabels(page);
  assert.equal(after[0], '−60 000');
  assert.equal(after[5], '190 500');
  assert.equal(after[8], '–', 'a dash pasted for step 9 is drawn as missing, not as 0');
  assert.deepEqual(
    after.filter((_, i) => ![0, 5, 8].includes(i)),
    before.filter((_, i) => ![0, 5, 8].includes(i)),
  );

  await page.keyboard.press('Control+z');
  assert.deepEqual(await costLabels(page), before, 'one undo takes the whole import back');
  assert.equal(await undoButton(page).isDisabled(), true, 'the import was one undo step');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Alver: pasting the figures the trapp has already says that nothing changes, and adds no undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await openAlver(page);
  await page.getByRole('button', { name: 'Datatabell' }).click();
  await page.getByRole('button', { name: /^Hent inn tall/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Hent inn tall fra regneark' });
  const same = [
    'Trinn\tTotal kostnad 2021 (1000 kr)',
    ...[
      '−63 778',
      '23 190',
      '32 382',
      '33 556',
      '10 744',
      '182 718',
      '22 374',
      '−5 652',
      '1 057',
      '125 713',
      '52 965',
      '98 867',
      '19 326',
    ].map((v, i) => `Trinn ${i + 1}\t${v}`),
  ].join('\n');
  await dialog.getByLabel('Lim inn fra Excel eller LibreOffice').fill(same);
  await dialog.getByRole('button', { name: 'Les tabellen' }).click();
  assert.equal(await dialog.getByRole('status').innerText(), 'Ingen endringer: tallene er de samme som i trappa.');
  assert.equal(await dialog.getByRole('button', { name: 'Hent inn', exact: true }).isDisabled(), true);
  assert.equal(await dialog.locator('td.changed').count(), 0, 'no cell is marked as a change');
  await dialog.getByRole('button', { name: 'Tilbake' }).click();
  await dialog.getByRole('button', { name: 'Tilbake' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await undoButton(page).isDisabled(), true, 'no empty undo step');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Alver: the data table refuses what it cannot read, and the overview shows 2021 beside a 2040 scenario', async () => {
  // Twice the pixels, so the screenshot of the overview can be read.
  const { page, errors } = await openEditor(await browser.newContext({ deviceScaleFactor: 2 }));
  await openAlver(page);
  await page.getByRole('button', { name: 'Datatabell' }).click();
  const table = page.getByRole('dialog', { name: 'Tall per trinn' });

  // A cell that cannot be read is refused with a message, and its old value stays.
  const cell = table.getByLabel('Trinn 6: Total kostnad, Rekneskap 2021');
  assert.equal(await valueOf(cell), '182 718');
  await cell.fill('18x');
  await cell.press('Enter');
  assert.match(await table.getByRole('alert').innerText(), /«18x» er ikke et tall/);
  assert.equal(await valueOf(cell), '182 718');
  assert.equal(await undoButton(page).isDisabled(), true);
  // Enter moved down a row, like a spreadsheet.
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    'Trinn 7: Total kostnad, Rekneskap 2021',
  );

  // Alver's document gives no 2040 figures per step, so the 2040 bars are a scenario a planner
  // types in, and named as one: an example, not the municipality's own figures.
  const scenario = 'Scenario 2040 (døme)';
  await table.getByLabel('Nytt år eller scenario, f.eks. «Mål 2040»').fill(scenario);
  await table.getByRole('button', { name: '+ Legg til år eller scenario' }).click();
  await table.getByLabel(`Trinn 1: Total kostnad, ${scenario}`).click();
  for (const value of target2040) (await page.keyboard.type(value), await page.keyboard.press('Enter'));
  assert.equal(await valueOf(table.getByLabel(`Trinn 6: Total kostnad, ${scenario}`)), '205 000');
  // Share of cost is computed, never typed, and stands after the cost it is computed from.
  const share = table.getByLabel(`Trinn 6: Andel av kostnad, ${scenario}`);
  assert.match(await share.innerText(), /^\d+,\d$/);
  const headings = plain(await table.locator('thead tr').nth(1).innerText())
    .split(/\s*\n\s*|\t/)
    .filter(Boolean)
    .join(' | ');
  assert.ok(headings.indexOf('Total kostnad') < headings.indexOf('Andel av kostnad'), headings);
  // The sums at the foot are computed for each year, and say which steps they lack.
  assert.equal(plain(await table.getByLabel('Sum: Total kostnad, Rekneskap 2021').innerText()), '533 462');
  assert.equal(plain(await table.getByLabel(`Sum: Total kostnad, ${scenario}`).innerText()), '547 648');
  assert.match(
    await table.getByLabel(`Sum: Kostnad per bruker, ${scenario}`).innerText(),
    /^$/,
    'costs per user do not add up',
  );
  assert.equal(await table.getByLabel(`Trinn 1: Kostnad per bruker, ${scenario}`).getAttribute('title'), 'mangler');

  await table.screenshot({ path: out('figures-data-table.png') });
  const tableViolations = await getSeriousViolations(page, '[role=dialog]');
  assert.equal(tableViolations.length, 0, formatViolations(tableViolations));
  await table.getByLabel('Sammenlign «Total kostnad 2021 (1000 kr)» med').selectOption({ label: scenario });
  await table.getByLabel('Tall', { exact: true }).selectOption({ label: 'Total kostnad' });
  await table.getByLabel('Til').selectOption(scenario);
  await page.keyboard.press('Escape');
  await table.waitFor({ state: 'detached' });

  // Steps marked in the inspector: strengthen the preventive steps, reduce long-term care.
  for (const [number, plan] of [
    [2, 'Skal styrkes'],
    [3, 'Skal styrkes'],
    [12, 'Skal reduseres'],
    [9, 'Mangler / må utvikles'],
  ]) {
    await page.locator(`.react-flow__node-scene[data-id="step:step-${number}"]`).click({ force: true });
    await page.getByRole('complementary').getByLabel('Plan for trinnet').selectOption({ label: plan });
  }
  const text = await drawnText(page);
  assert.ok(text.includes('205 000') && text.includes('182 718'), 'both years drawn in the cost chart');
  assert.ok(text.includes('Rekneskap 2021') && text.includes(scenario), 'the chart says which bar is which year');
  const chartTitle = plain(
    (await page.locator('.react-flow__node-scene[data-id="chart:chart-total-cost"] text').allTextContents()).join(' '),
  );
  assert.ok(chartTitle.startsWith('Total kostnad 1000 kr'), `with two years the title claims neither: ${chartTitle}`);
  assert.ok(!chartTitle.includes('Total kostnad 2021'), chartTitle);
  assert.ok(text.includes('+12 %'), 'step 6 drawn with its change from 2021 to 2040 (182 718 → 205 000)');
  assert.ok(text.includes('−15 %'), 'step 12 drawn with its reduction (98 867 → 84 000)');
  assert.ok(
    text.includes('Skal styrkast') && text.includes('Skal reduserast'),
    'the legend, in the document’s nynorsk',
  );
  await page
    .locator('.react-flow__pane')
    .click({ position: { x: 5, y: 5 } })
    .catch(() => {});
  await page
    .locator('.react-flow__node-page')
    .first()
    .screenshot({ path: out('alver-2021-vs-2040.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('Alver: the cost profile opened as an XLSX file, steps across the top as in the source document', async () => {
  const { page, errors } = await openEditor(browser);
  await openAlver(page);
  await page.getByRole('button', { name: 'Datatabell' }).click();
  // A value typed wrong, which the file from the accounts puts right.
  const first = page.getByLabel('Trinn 1: Total kostnad, Rekneskap 2021');
  await first.fill('0');
  await first.press('Enter');
  await page.getByRole('button', { name: /^Hent inn tall/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Hent inn tall fra regneark' });
  await dialog
    .getByLabel('Åpne fil (CSV eller XLSX)')
    .setInputFiles(new URL('../unit/fixtures/alver-cost-profile.xlsx', import.meta.url).pathname);
  await dialog.getByRole('heading', { name: 'Hvor tallene skal' }).waitFor();
  assert.equal(
    await dialog.getByLabel('Trinnene står i kolonner (snu tabellen)').isChecked(),
    true,
    'the table was turned',
  );
  assert.equal(await dialog.getByLabel('Hva kolonne 3 er').inputValue(), 'totalCost');
  assert.equal(await dialog.getByLabel('Hva kolonne 4 er').inputValue(), 'costPerUser');
  // Only the value typed wrong differs from the file.
  assert.match(await dialog.getByRole('status').innerText(), /^1 av 26 tall endrer trappa; 25 er de samme som nå/);
  await dialog.getByRole('button', { name: 'Hent inn', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  const table = page.getByRole('dialog', { name: 'Tall per trinn' });
  assert.equal(await valueOf(table.getByLabel('Trinn 1: Total kostnad, Rekneskap 2021')), '−63 778');
  assert.equal(await valueOf(table.getByLabel('Trinn 11: Kostnad per bruker, Rekneskap 2021')), '5 296');
  assert.match(await undoButton(page).getAttribute('title'), /Hentet inn 1 tall/);

  // A file that is not a spreadsheet is refused with a message, and nothing changes.
  await table.getByRole('button', { name: /^Hent inn tall/ }).click();
  await dialog.getByLabel('Åpne fil (CSV eller XLSX)').setInputFiles({
    name: 'kostnad.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('ikkje ein zip'),
  });
  await dialog
    .getByRole('alert')
    .getByText(/Kunne ikke lese «kostnad\.xlsx»/)
    .waitFor();
  assert.match(await undoButton(page).getAttribute('title'), /Hentet inn 1 tall/, 'the refused file changed nothing');

  // Cells pasted into a cell of the table go to the import, already read.
  await page.keyboard.press('Escape');
  await table.getByLabel('Trinn 2: Total kostnad, Rekneskap 2021').evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Trinn 2\t24 000\r\nTrinn 3\t33 000\r\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await dialog.getByRole('heading', { name: 'Hvor tallene skal' }).waitFor();
  assert.match(await dialog.getByRole('status').innerText(), /^2 tall hentes inn/);
  assert.equal(await dialog.getByLabel('Trinn for rad 2').inputValue(), 'step-3');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Gausdal: the mastery chart compared with a 2040 scenario, drawn dashed over today', async () => {
  const { page, errors } = await openEditor(browser);
  await openTemplate(page, 'Gausdal');
  await firstShape(page, 'chartColumn:').click({ force: true });
  const inspector = page.getByRole('complementary');
  await inspector.getByLabel('Navn på året eller scenarioet').fill('Mål 2040');
  await inspector.getByRole('button', { name: '+ Legg til sammenligning' }).click();
  const compared = page.locator('.react-flow__node-scene[data-id$=":compare"]');
  await compared.waitFor();
  assert.ok((await drawnText(page)).includes('Mål 2040'), 'the legend names the scenario');
  const outline = async () => compared.locator('path[stroke-dasharray]').first().getAttribute('d');
  const before = await outline();
  const field = inspector.getByLabel(/^Trinn 1: Grad av mestringsnivå, Mål 2040$/);
  await field.fill('40');
  await field.blur();
  assert.notEqual(await outline(), before, 'the dashed column of step 1 moved');
  await page.keyboard.press('Control+z');
  assert.equal(await outline(), before, 'one undo takes the typed value back');

  // The same levels in the data table, today's beside the scenario's, typed like figures.
  await page.getByRole('button', { name: 'Datatabell' }).click();
  const table = page.getByRole('dialog', { name: 'Tall per trinn' });
  const mastery = table.getByRole('region', { name: 'Diagram: Mestringstrapp' });
  const todayCell = mastery.getByLabel('Trinn 1: Grad av mestringsnivå, I dag');
  const scenarioCell = mastery.getByLabel('Trinn 1: Grad av mestringsnivå, Mål 2040');
  assert.equal(await valueOf(scenarioCell), await valueOf(todayCell), 'the scenario starts as today');
  const todayOutline = async () => firstShape(page, 'chartColumn:').getAttribute('height');
  const todayBefore = await todayOutline();
  await scenarioCell.fill('35');
  await scenarioCell.press('Enter');
  assert.notEqual(await outline(), before, 'the dashed column follows the table');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    'Trinn 2: Grad av mestringsnivå, Mål 2040',
  );
  await todayCell.fill('120');
  await todayCell.press('Enter');
  assert.match(await mastery.getByRole('alert').innerText(), /«120» er ikke et tall fra 0 til 100/);
  assert.equal(await todayOutline(), todayBefore, 'a refused level changes nothing');
  await table.screenshot({ path: out('figures-mastery-table.png') });
  await page.keyboard.press('Control+z');
  assert.equal(await outline(), before, 'one undo takes the level typed in the table back');
  assert.deepEqual(errors, []);
  await page.close();
});
