import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { openEditor, openTemplate, out, useBrowser } from './browser.mjs';
import { uploadFontPath } from '../systemTools.mjs';

// Built-in themes in panel order, with what tells each apart on the canvas: step 1's drawn body.
const themes = [
  { id: 'fjord', name: 'Fjord', body: 'rect' },
  { id: 'skerries', name: 'Skjærgård', body: 'path' },
  { id: 'forest', name: 'Skog', body: 'rect' },
  { id: 'field', name: 'Åker', body: 'rect' },
  { id: 'mountain', name: 'Fjell', body: 'rect' },
  { id: 'heather', name: 'Lynghei', body: 'rect' },
  { id: 'highContrast', name: 'Høy kontrast', body: 'rect' },
  { id: 'greyscale', name: 'Gråtoner', body: 'rect' },
];

const browser = useBrowser();

const step = (page, number) => page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) });
/** The fill of the first shape drawn for a step: its body. */
const stepFill = (page, number) => step(page, number).locator('rect, path').first().getAttribute('fill');
const panel = (page) => page.getByRole('complementary', { name: 'Tema og oppsett' });
const status = (page) => page.locator('footer.statusbar');

async function openTemplateWithSteps(page, municipality, steps) {
  await openTemplate(page, municipality);
  await step(page, steps).waitFor();
}
const openLillesand = (page) => openTemplateWithSteps(page, 'Lillesand', 12);

test('each built-in theme restyles the canvas in one undo step, readable and with every text in place', async () => {
  const { page, errors } = await openEditor(browser, { width: 1600, height: 1000 });
  await openLillesand(page);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  const fills = new Set();
  for (const theme of themes) {
    await panel(page).getByRole('button', { name: theme.name, exact: true }).click();
    await assert.doesNotReject(panel(page).getByText(`Gjeldende tema: ${theme.name}`).waitFor(), theme.name);
    assert.equal(
      await panel(page).getByRole('button', { name: theme.name, exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    await assert.doesNotReject(
      status(page).getByText('All tekst har god nok kontrast.').waitFor(),
      `${theme.name}: contrast`,
    );
    await assert.doesNotReject(status(page).getByText('All tekst får plass.').waitFor(), `${theme.name}: overflow`);
    assert.equal(
      await step(page, 12)
        .locator('rect, path')
        .first()
        .evaluate((e) => e.tagName),
      theme.body,
      theme.name,
    );
    fills.add(await stepFill(page, 12));
    // The panel closes for the picture, so the whole page shows.
    await page.getByRole('button', { name: 'Lukk' }).click();
    await page.locator('main.canvas').screenshot({ path: out(`theme-${theme.id}.png`) });
    await page.getByRole('button', { name: 'Tema', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Lukk' }).click();
  assert.equal(fills.size, themes.length, 'every theme colours the steps its own way');

  // Each switch was one undo step: undoing walks back through the themes to Fjord.
  for (const theme of [...themes].reverse().slice(1)) {
    await page.getByRole('button', { name: /^↶ Angre/ }).click();
    await page.getByRole('button', { name: 'Tema', exact: true }).click();
    await assert.doesNotReject(
      panel(page).getByText(`Gjeldende tema: ${theme.name}`).waitFor(),
      `undo to ${theme.name}`,
    );
    await page.getByRole('button', { name: 'Lukk' }).click();
  }
  await page.getByRole('button', { name: /^↷ Gjør om/ }).click();
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Skjærgård').waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test('a step’s own colour shows as overridden, survives a theme change, is checked for contrast, fixed and reset', async () => {
  const { page, errors } = await openEditor(browser);
  await step(page, 1).click();
  const inspector = page.getByRole('region', { name: 'Eget utseende for trinnet' });
  await assert.doesNotReject(inspector.getByText('Fra temaet').first().waitFor());
  const themeFill = await stepFill(page, 1);

  await inspector.getByLabel('Fyllfarge', { exact: true }).fill('#7a2040');
  assert.equal(await stepFill(page, 1), '#7a2040');
  await assert.doesNotReject(inspector.getByRole('button', { name: 'Tilbakestill: Fyllfarge' }).waitFor());

  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Skog', exact: true }).click();
  assert.equal(await stepFill(page, 1), '#7a2040', 'the override outlives the theme');

  // A pale text colour on the dark fill fails; the one-click fix darkens or lightens it until it passes.
  await inspector.getByLabel('Tekstfarge', { exact: true }).fill('#8a5060');
  await assert.doesNotReject(
    status(page)
      .getByRole('button', { name: /kontrastfeil/ })
      .waitFor(),
  );
  await panel(page).getByRole('button', { name: 'Rett opp' }).first().click();
  await assert.doesNotReject(status(page).getByText('All tekst har god nok kontrast.').waitFor());

  await inspector.getByRole('button', { name: 'Tilbakestill: Fyllfarge' }).click();
  await inspector.getByRole('button', { name: 'Tilbakestill: Tekstfarge' }).click();
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.equal(await stepFill(page, 1), '#7a2040', 'undo brings the override back');
  await page.getByRole('button', { name: /^↷ Gjør om/ }).click();
  assert.equal(
    await stepFill(page, 1),
    '#e4f0da',
    'redo clears the fill again: step 1 takes the Skog theme’s first colour',
  );
  assert.notEqual(themeFill, '#7a2040');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an uploaded TTF is registered with the browser, draws the canvas when chosen as heading font, and is embedded in the exported PDF', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByLabel('Last opp skrift (TTF) …').setInputFiles(uploadFontPath);
  await assert.doesNotReject(panel(page).getByText('La til Liberation Serif (vekt 400).').waitFor());
  await panel(page).getByLabel('Skrift for titler').selectOption('Liberation Serif');
  await page.waitForFunction(() =>
    [...document.fonts].some(
      (face) => face.family.replace(/"/g, '') === 'Liberation Serif' && face.status === 'loaded',
    ),
  );
  const families = await step(page, 3)
    .locator('text')
    .evaluateAll((texts) => texts.map((t) => t.getAttribute('font-family')));
  assert.deepEqual([...new Set(families)].sort(), ["'Liberation Serif'", "'Source Sans 3'"]);
  // The PDF the export dialog makes carries the uploaded font, embedded (as pdffonts reads it).
  await page.getByRole('button', { name: 'Lukk' }).click();
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const exporter = page.getByRole('dialog', { name: 'Eksporter' });
  await exporter.getByLabel(/PDF/).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exporter.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const pdf = out('uploaded-font.pdf');
  await download.saveAs(pdf);
  const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  assert.equal(fonts.status, 0, fonts.stderr || 'pdffonts (poppler-utils) runs');
  const serifLine = fonts.stdout.split('\n').find((line) => /LiberationSerif/.test(line));
  assert.ok(serifLine, fonts.stdout);
  assert.match(serifLine, / yes yes yes /, 'embedded, subset, with a Unicode map');
  await exporter.getByRole('button', { name: 'Lukk' }).click();
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  // Undo takes the theme back to Source Sans; the font stays in the document until removed.
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  assert.deepEqual(
    [
      ...new Set(
        await step(page, 3)
          .locator('text')
          .evaluateAll((texts) => texts.map((t) => t.getAttribute('font-family'))),
      ),
    ],
    ["'Source Sans 3'"],
  );
  await panel(page).getByRole('button', { name: 'Fjern Liberation Serif 400' }).click();
  await page.waitForFunction(
    () => ![...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Liberation Serif'),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a brand kit saved once applies to another document in one undo step', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Lynghei', exact: true }).click();
  await panel(page).getByLabel('Navn på merkevaren').fill('Toten-profil');
  await panel(page).getByRole('button', { name: 'Lagre utseendet' }).click();
  await openLillesand(page);
  // The panel stays open across documents.
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  await panel(page).getByRole('button', { name: 'Bruk merkevaren Toten-profil' }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Lynghei').waitFor());
  const drawn = (await page.locator('.react-flow__node-scene text').allTextContents()).join(' ');
  assert.match(drawn, /ØSTRE TOTEN KOMMUNE/, 'the kit brings its municipality’s name');
  assert.match(drawn, /Helhetlig tverrsektoriell innsatstrapp/, 'and leaves the content alone');
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await assert.doesNotReject(panel(page).getByText('Gjeldende tema: Fjord').waitFor());
  await panel(page).getByRole('button', { name: 'Slett merkevaren Toten-profil' }).click();
  assert.equal(await panel(page).getByRole('button', { name: 'Bruk merkevaren Toten-profil' }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

const box = (locator) => locator.boundingBox();
const stepTexts = async (page, number) => (await step(page, number).locator('text').allTextContents()).join(' ');
/** Closes the panel so the whole page shows, writes the picture, and opens the panel again. */
async function picture(page, name) {
  await page.getByRole('button', { name: 'Lukk' }).click();
  await page.locator('main.canvas').screenshot({ path: out(name) });
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
}

test('layout variants by click: Østre Toten as a list, with equal step heights and at each detail level, every text in place', async () => {
  const { page, errors } = await openEditor(browser, { width: 1600, height: 1000 });
  await openTemplateWithSteps(page, 'Østre Toten', 11);
  const [first, top] = [await box(step(page, 1)), await box(step(page, 11))];
  assert.ok(top.x > first.x + first.width / 2 && top.y < first.y, 'the staircase rises to the right');
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  const ok = async (what) => assert.doesNotReject(status(page).getByText('All tekst får plass.').waitFor(), what);

  // A list: one row per step, the highest at the top, all rows in one column.
  await panel(page).getByRole('radio', { name: 'Liste (høyeste trinn øverst)' }).click();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[role="img"][aria-label^="Trinn "]')].map((e) =>
      e.getBoundingClientRect(),
    );
    return rows.length === 11 && rows.every((r) => Math.abs(r.x - rows[0].x) < 1);
  });
  const [row1, row11, row2] = [await box(step(page, 1)), await box(step(page, 11)), await box(step(page, 2))];
  assert.ok(row11.y < row2.y && row2.y < row1.y, 'step 11 is the top row, step 1 the bottom one');
  assert.ok(row1.width > first.width * 1.5, 'rows are wider than the staircase’s blocks');
  await assert.doesNotReject(
    panel(page)
      .getByText(/Listen leses fra venstre, så retningen gjelder bare trappen/)
      .waitFor(),
  );
  assert.equal(
    await panel(page).getByRole('radio', { name: 'Lik høyde, side om side' }).isDisabled(),
    true,
    'step heights belong to the staircase',
  );
  assert.equal(
    await panel(page).getByRole('radio', { name: 'Stiger mot venstre' }).isDisabled(),
    true,
    'so does the direction',
  );
  await ok('list');
  await picture(page, 'layout-ostre-toten-list.png');

  // Back to the staircase, with the steps side by side at one height: two rows on the A3 landscape page.
  await panel(page).getByRole('radio', { name: 'Trapp', exact: true }).click();
  await panel(page).getByRole('radio', { name: 'Lik høyde, side om side' }).click();
  await page.waitForFunction(() => {
    const steps = [...document.querySelectorAll('[role="img"][aria-label^="Trinn "]')].map((e) =>
      e.getBoundingClientRect(),
    );
    return (
      steps.length === 11 &&
      steps.every((r) => Math.abs(r.height - steps[0].height) < 1) &&
      new Set(steps.map((r) => Math.round(r.y))).size === 2
    );
  });
  const [equal1, equal2, equal7] = [await box(step(page, 1)), await box(step(page, 2)), await box(step(page, 7))];
  assert.ok(
    Math.abs(equal2.y - equal1.y) < 1 && equal2.x >= equal1.x + equal1.width - 0.5,
    'side by side, not overlapping',
  );
  assert.ok(equal7.y + equal7.height < equal1.y && Math.abs(equal7.x - equal1.x) < 1, 'step 7 begins the row above');
  await ok('equal heights');
  await picture(page, 'layout-ostre-toten-equal.png');
  await panel(page).getByRole('radio', { name: 'Stigende, ett trinn høyere for hvert' }).click();

  // Detail levels: step 1's subtitle, or its first service (a commitment in Østre Toten), or neither.
  const subtitle = 'Tilhørighet, mangfold og trivsel';
  assert.match(await stepTexts(page, 1), new RegExp(subtitle));
  await panel(page).getByRole('radio', { name: 'Bare titler' }).click();
  await page.waitForFunction(
    (text) => !document.querySelector('[role="img"][aria-label^="Trinn 1:"]').textContent.includes(text),
    subtitle,
  );
  assert.doesNotMatch(await stepTexts(page, 1), /involvering/);
  await ok('titles only');
  await picture(page, 'layout-ostre-toten-titles.png');
  await panel(page).getByRole('radio', { name: 'Titler og sentrale tjenester' }).click();
  await page.waitForFunction(() =>
    document.querySelector('[role="img"][aria-label^="Trinn 1:"]').textContent.includes('involvering'),
  );
  assert.doesNotMatch(await stepTexts(page, 1), new RegExp(subtitle));
  // Step 1 has five commitments: three fit at most, the rest are counted and named, never dropped silently.
  assert.match(await stepTexts(page, 1), /\+ \d til/);
  await assert.doesNotReject(
    status(page).getByText('Ikke alle tjenester får plass på oversikten').waitFor(),
    'key services left to the step pages are named',
  );
  await picture(page, 'layout-ostre-toten-services.png');
  await panel(page).getByRole('radio', { name: 'Titler og undertitler' }).click();
  await page.waitForFunction(
    (text) => document.querySelector('[role="img"][aria-label^="Trinn 1:"]').textContent.includes(text),
    subtitle,
  );
  await ok('subtitles');
  await picture(page, 'layout-ostre-toten-subtitles.png');

  // Each choice was one undo step: back through services to titles only.
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await page.waitForFunction(() =>
    document.querySelector('[role="img"][aria-label^="Trinn 1:"]').textContent.includes('involvering'),
  );
  assert.equal(await panel(page).getByRole('radio', { name: 'Titler og sentrale tjenester' }).isChecked(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

const logoFile = new URL('./fixtures/kommune-logo.png', import.meta.url).pathname;

test('a brand kit carries a logo, which applying the kit puts at the top right of the overview in one undo step', async () => {
  const { page, errors } = await openEditor(browser, { width: 1600, height: 1000 });
  await page.getByRole('button', { name: 'Tema', exact: true }).click();
  await panel(page).getByLabel('Navn på merkevaren').fill('Med logo');
  await panel(page).getByLabel('Logo (PNG, JPEG eller SVG)').setInputFiles(logoFile);
  await assert.doesNotReject(panel(page).getByRole('button', { name: 'Fjern logoen' }).waitFor());
  await panel(page).getByRole('button', { name: 'Lagre utseendet' }).click();
  await openLillesand(page);
  await panel(page).getByRole('button', { name: 'Bruk merkevaren Med logo' }).click();
  const logo = page.getByRole('img', { name: /^Bilde: Logo:/ });
  await assert.doesNotReject(logo.waitFor(), 'the logo is drawn on the overview');
  const [logoBox, titleStep] = [await box(logo), await box(step(page, 12))];
  assert.ok(
    logoBox.x + logoBox.width > titleStep.x + titleStep.width - 2 && logoBox.y < titleStep.y,
    'at the top right, over the staircase',
  );
  assert.ok(Math.abs(logoBox.width / logoBox.height - 2) < 0.05, 'in its own proportions (120 by 60)');
  await page.getByRole('button', { name: 'Lukk' }).click();
  await page.locator('main.canvas').screenshot({ path: out('brand-kit-logo.png') });
  await page.getByRole('button', { name: /^↶ Angre/ }).click();
  await assert.doesNotReject(
    logo.waitFor({ state: 'detached' }),
    'one undo takes the logo away with the rest of the kit',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
