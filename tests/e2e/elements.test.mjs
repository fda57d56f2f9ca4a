// Free elements from the palette: a text box dragged onto the page and typed into, a logo from a
// file, a step dropped between two steps, an arrow drawn from one element to another, and undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { fileURLToPath } from 'node:url';
import { openEditor, useBrowser, out } from './browser.mjs';

const browser = useBrowser();
const logoFile = fileURLToPath(new URL('./fixtures/kommune-logo.png', import.meta.url));

const tile = (page, name) => page.getByRole('region', { name: 'Sett inn' }).getByRole('button', { name, exact: true });
const elementNodes = (page) => page.locator('.react-flow__node-scene[data-id^="element:"]');
const centreOf = async (locator) => {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** The step titles as the canvas names them ("Trinn 3: Tidlig innsats"), in step order. */
async function stepNames(page) {
  const names = await page
    .locator('.react-flow__node-scene[data-id^="step:"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  return names.sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));
}

test('palette: text box, logo, a step between steps 2 and 3, an arrow between two elements, and undo', async () => {
  const { page, errors } = await openEditor(browser);
  const sheet = await page.locator('.react-flow__node-page').first().boundingBox();

  // A text box dragged from the palette onto an empty part of the page (HTML5 drag and drop).
  const textAt = { x: sheet.x + sheet.width * 0.72, y: sheet.y + sheet.height * 0.12 };
  await tile(page, 'Tekstboks').dragTo(page.locator('.react-flow'), {
    targetPosition: {
      x: textAt.x - (await page.locator('.react-flow').boundingBox()).x,
      y: textAt.y - (await page.locator('.react-flow').boundingBox()).y,
    },
  });
  await elementNodes(page).first().waitFor();
  const text = page.getByRole('img', { name: /^Tekstboks: Skriv tekst her/ });
  const textCentre = await centreOf(text);
  assert.ok(
    Math.abs(textCentre.x - textAt.x) < 4 && Math.abs(textCentre.y - textAt.y) < 4,
    `dropped where the pointer was: ${JSON.stringify(textCentre)} vs ${JSON.stringify(textAt)}`,
  );

  // Typed into in place: the drawing re-flows while typing, Enter keeps it.
  await text.dblclick({ force: true });
  const field = page.getByRole('textbox', { name: /Rediger teksten/ });
  await field.press('Control+a');
  await field.pressSequentially('Ring tildelingskontoret på 61 14 00 00');
  assert.match(
    (
      await text
        .or(page.getByRole('img', { name: /^Tekstboks: Ring/ }))
        .first()
        .locator('text')
        .allTextContents()
    ).join(' '),
    /Ring tildelingskontoret/,
  );
  await field.press('Enter');
  const typed = page.getByRole('img', { name: 'Tekstboks: Ring tildelingskontoret på 61 14 00 00' });
  await typed.waitFor();
  assert.equal(await field.count(), 0, 'Enter closes the editor');
  // Escape takes back what was typed since the editor opened.
  await typed.dblclick({ force: true });
  await field.press('Control+a');
  await field.pressSequentially('Feil tekst');
  await page.getByRole('img', { name: 'Tekstboks: Feil tekst' }).waitFor();
  await field.press('Escape');
  await typed.waitFor();
  assert.equal(await field.count(), 0, 'Escape closes the editor');

  // A logo from a file on disk, by the keyboard path: the tile opens the file picker.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tile(page, 'Logo').click()]);
  await chooser.setFiles(logoFile);
  const logo = page.getByRole('img', { name: 'Bilde: kommune-logo' });
  await logo.waitFor();
  assert.equal(await logo.locator('image').count(), 1);
  assert.match(await logo.locator('image').getAttribute('href'), /^data:image\/png;base64,/);
  const logoBox = await logo.boundingBox();
  assert.ok(Math.abs(logoBox.width / logoBox.height - 2) < 0.05, 'the logo keeps its proportions (120 by 60)');

  // A step dropped between steps 2 and 3 becomes step 3; the old step 3 becomes step 4.
  const before = await stepNames(page);
  const oldThird = before[2].replace(/^Trinn 3: /, '');
  const second = await centreOf(page.getByRole('img', { name: /^Trinn 2:/ }));
  const third = await centreOf(page.getByRole('img', { name: /^Trinn 3:/ }));
  const flowBox = await page.locator('.react-flow').boundingBox();
  await tile(page, 'Trinn').dragTo(page.locator('.react-flow'), {
    targetPosition: { x: (second.x + third.x) / 2 - flowBox.x, y: third.y - flowBox.y },
  });
  await page.getByRole('img', { name: /^Trinn 3: Nytt trinn/ }).waitFor();
  const after = await stepNames(page);
  assert.equal(after.length, before.length + 1);
  assert.equal(after[3], `Trinn 4: ${oldThird}`);
  assert.deepEqual(after.slice(0, 2), before.slice(0, 2));

  // An arrow from the text box to the logo: select the text, drag its grip onto the logo.
  await typed.click({ force: true });
  const grip = page.locator('.connector-end.grip');
  await grip.waitFor();
  const from = await centreOf(grip);
  const to = await centreOf(logo);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
  const arrow = page.locator('.react-flow__edge-connector');
  await arrow.first().waitFor();
  assert.equal(await arrow.count(), 1);
  // Its head ends on the logo's edge: the path's last point lies on the logo's box.
  const headTip = await arrow
    .locator('path[fill]:not([fill="none"])')
    .first()
    .evaluate((path) => {
      const svg = path.ownerSVGElement;
      const point = svg.createSVGPoint();
      const d = path
        .getAttribute('d')
        .match(/-?[\d.]+/g)
        .map(Number);
      point.x = d[0];
      point.y = d[1];
      const screen = point.matrixTransform(path.getScreenCTM());
      return { x: screen.x, y: screen.y };
    });
  const onEdge =
    Math.abs(headTip.x - logoBox.x) < 3 ||
    Math.abs(headTip.x - (logoBox.x + logoBox.width)) < 3 ||
    Math.abs(headTip.y - logoBox.y) < 3 ||
    Math.abs(headTip.y - (logoBox.y + logoBox.height)) < 3;
  assert.ok(onEdge, `arrow head at ${JSON.stringify(headTip)}, logo at ${JSON.stringify(logoBox)}`);

  // A label on the arrow, typed in place after a double-click on the line.
  const middle = await arrow
    .locator('path[stroke]')
    .first()
    .evaluate((path) => {
      const box = path.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
  await page.mouse.dblclick(middle.x, middle.y);
  await field.pressSequentially('Henvisning');
  await field.press('Enter');
  await page.getByRole('img', { name: 'Koblingspil: Henvisning' }).waitFor();
  assert.deepEqual(await page.getByRole('img', { name: 'Koblingspil: Henvisning' }).locator('text').allTextContents(), [
    'Henvisning',
  ]);

  // Its start dragged onto step 1 attaches it there; the inspector says so.
  const startEnd = page.locator('.react-flow__node-connectorEnd[data-id$=":from"]');
  const grab = await centreOf(startEnd);
  const stepOne = await centreOf(page.getByRole('img', { name: /^Trinn 1:/ }));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(grab.x + ((stepOne.x - grab.x) * i) / 12, grab.y + ((stepOne.y - grab.y) * i) / 12);
  await page.mouse.up();
  const startsAt = () => page.getByLabel('Pilen starter ved').evaluate((select) => select.selectedOptions[0].text);
  assert.match(await startsAt(), /^Trinn 1: /);
  await page.screenshot({ path: out('elements.png') });

  // Undo puts the start back, takes the label away, then the arrow, then the step, leaving the logo and the text.
  await page.keyboard.press('Control+z');
  assert.match(await startsAt(), /^Tekstboks: Ring/);
  await page.keyboard.press('Control+z');
  await page.getByRole('img', { name: 'Koblingspil', exact: true }).waitFor();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge-connector').length === 0);
  assert.equal(await page.getByRole('img', { name: /^Trinn 3:/ }).getAttribute('aria-label'), 'Trinn 3: Nytt trinn');
  await page.keyboard.press('Control+z');
  await page.getByRole('img', { name: `Trinn 3: ${oldThird}` }).waitFor();
  assert.equal(await logo.count(), 1);
  await page.keyboard.press('Control+Shift+z');
  await page.getByRole('img', { name: /^Trinn 3: Nytt trinn/ }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('an icon from the picker, placed with the keyboard at the centre of the view', async () => {
  const { page, errors } = await openEditor(browser);
  await tile(page, 'Ikon').focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('group', { name: 'Velg ikon' });
  await picker.getByRole('button', { name: 'Stetoskop' }).focus();
  await page.keyboard.press('Enter');
  const icon = page.getByRole('img', { name: 'Ikon: Stetoskop' });
  await icon.waitFor();
  assert.equal(await picker.count(), 0, 'the picker closes once an icon is chosen');
  const flow = await page.locator('.react-flow__renderer').boundingBox();
  const centre = await centreOf(icon);
  assert.ok(
    Math.abs(centre.x - (flow.x + flow.width / 2)) < 3 && Math.abs(centre.y - (flow.y + flow.height / 2)) < 3,
    'placed at the centre of the view',
  );
  assert.match(await icon.locator('path').getAttribute('d'), /^M[\d.]+ [\d.]+/);
  await page.screenshot({ path: out('elements-icon.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a PNG logo and an SVG picture go into the PDF made in the browser, the SVG rasterised', async () => {
  const { page, errors } = await openEditor(browser);
  // The logo dragged to the lower right of the page (the file picker opens on the drop), the SVG picture by click.
  const sheet = await page.locator('.react-flow__node-page').first().boundingBox();
  const flowBox = await page.locator('.react-flow').boundingBox();
  const [logoChooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    tile(page, 'Logo').dragTo(page.locator('.react-flow'), {
      targetPosition: { x: sheet.x + sheet.width * 0.9 - flowBox.x, y: sheet.y + sheet.height * 0.9 - flowBox.y },
    }),
  ]);
  await logoChooser.setFiles(logoFile);
  const logo = page.getByRole('img', { name: 'Bilde: kommune-logo' });
  await logo.waitFor();
  const logoCentre = await centreOf(logo);
  assert.ok(Math.abs(logoCentre.x - (sheet.x + sheet.width * 0.9)) < 4, 'the logo is where it was dropped');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tile(page, 'Bilde').click()]);
  await chooser.setFiles(fileURLToPath(new URL('./fixtures/tegning.svg', import.meta.url)));
  await page.getByRole('img', { name: 'Bilde: tegning' }).waitFor();
  assert.match(
    await page.getByRole('img', { name: 'Bilde: tegning' }).locator('image').getAttribute('href'),
    /^data:image\/svg\+xml;base64,/,
  );
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.getByRole('img', { name: 'Forhåndsvisning av første side' }).waitFor();
  // The 120-pixel logo is too coarse for print at the size it is drawn; the SVG is not flagged.
  const findings = dialog.locator('.preflight li');
  await findings.filter({ hasText: /dpi/ }).first().waitFor();
  assert.deepEqual(
    (await findings.filter({ hasText: /dpi/ }).allTextContents()).map((text) => text.replace(/\d+ dpi/, 'N dpi')),
    ['Element på siden: bildet får bare N dpi i denne størrelsen; til trykk bør det ha minst 150'],
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const path = out('elements.pdf');
  await download.saveAs(path);
  const listed = spawnSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const images = listed.stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((row) => row[2] === 'image');
  const sizes = images.map((row) => [Number(row[3]), Number(row[4])]);
  assert.ok(
    sizes.some(([w, h]) => w === 120 && h === 60),
    `the PNG logo as it is: ${JSON.stringify(sizes)}`,
  );
  assert.ok(
    sizes.some(([w, h]) => w >= 400 && Math.abs(w / h - 2) < 0.02),
    `the SVG rasterised sharp, in proportion: ${JSON.stringify(sizes)}`,
  );
  spawnSync('pdftoppm', ['-r', '40', '-png', '-singlefile', path, out('elements-pdf')]);

  // The PNG drawn on a canvas in the browser has both pictures too: their colours are in it.
  await dialog.getByLabel(/PNG/).check();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const png = PNG.sync.read(readFileSync(await pngDownload.path()));
  const count = (r, g, b) => {
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (Math.abs(png.data[i] - r) < 3 && Math.abs(png.data[i + 1] - g) < 3 && Math.abs(png.data[i + 2] - b) < 3) n++;
    return n;
  };
  assert.ok(count(46, 125, 50) > 500, "the SVG picture's green");
  assert.ok(count(150, 40, 120) > 500, "the PNG logo's purple");
  assert.deepEqual(errors, []);
  await page.close();
});

test('an arrow by keyboard alone: placed from the palette, selected with Enter, attached and elbowed in the inspector', async () => {
  const { page, errors } = await openEditor(browser);
  await tile(page, 'Pil').focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Koblingspil' }).waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 400 } });
  await inspector.getByRole('heading', { name: 'Koblingspil' }).waitFor({ state: 'detached' });

  await page.locator('.react-flow__edge-connector').focus();
  await page.keyboard.press('Enter');
  await inspector.getByRole('heading', { name: 'Koblingspil' }).waitFor();
  await inspector
    .getByLabel('Pilen starter ved')
    .selectOption({ label: 'Trinn 2: Helsefremmende og forebyggende aktivitet' });
  await inspector.getByLabel('Pilen peker på').selectOption({ label: 'Trinn 5: Boliger' });
  await inspector.getByLabel('Linjeføring').selectOption({ label: 'Vinkel' });
  const d = await page.locator('.react-flow__edge-connector path[stroke]').first().getAttribute('d');
  const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(points.length >= 3, d);
  for (let i = 1; i < points.length; i++)
    assert.ok(
      points[i][0] === points[i - 1][0] || points[i][1] === points[i - 1][1],
      `elbow segments are horizontal or vertical: ${d}`,
    );
  // Steps 2 and 5 overlap across, so the route leaves step 2 by its top and enters step 5 by its bottom.
  const [two, five] = [
    await page.getByRole('img', { name: /^Trinn 2:/ }).boundingBox(),
    await page.getByRole('img', { name: /^Trinn 5:/ }).boundingBox(),
  ];
  const ends = await page.locator('.react-flow__node-connectorEnd').evaluateAll((nodes) =>
    nodes.map((n) => {
      const b = n.getBoundingClientRect();
      return { id: n.dataset.id, x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }),
  );
  const start = ends.find((e) => e.id.endsWith(':from'));
  const end = ends.find((e) => e.id.endsWith(':to'));
  assert.ok(
    Math.abs(start.x - (two.x + two.width / 2)) < 3 && Math.abs(start.y - two.y) < 3,
    `start on step 2's top: ${JSON.stringify(start)} ${JSON.stringify(two)}`,
  );
  assert.ok(
    Math.abs(end.x - (five.x + five.width / 2)) < 3 && Math.abs(end.y - (five.y + five.height)) < 3,
    `end on step 5's bottom: ${JSON.stringify(end)} ${JSON.stringify(five)}`,
  );
  await page.screenshot({ path: out('elements-elbow.png') });

  // Freed from step 5 in the inspector, the head stays where it is drawn.
  await inspector.getByLabel('Pilen peker på').selectOption({ label: '(ikke festet)' });
  const freed = await page.locator('.react-flow__node-connectorEnd[data-id$=":to"]').evaluate((n) => {
    const b = n.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  assert.ok(
    Math.abs(freed.x - end.x) < 1 && Math.abs(freed.y - end.y) < 1,
    `the freed head stays put: ${JSON.stringify(freed)} vs ${JSON.stringify(end)}`,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a step page the overview-only tiles show as not available and say why; the others still place', async () => {
  const { page, errors } = await openEditor(browser);
  await page.getByRole('button', { name: 'Trinn 3', exact: true }).click();
  for (const name of ['Trinn', 'Bånd', 'Parallell trapp', 'Diagram'])
    assert.equal(await tile(page, name).getAttribute('aria-disabled'), 'true', name);
  assert.equal(await tile(page, 'Tekstboks').getAttribute('aria-disabled'), null);
  await tile(page, 'Trinn').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Dette kan bare settes inn på oversikten.' }).waitFor();
  await tile(page, 'Tekstboks').click();
  await page.getByRole('img', { name: /^Tekstboks: / }).waitFor();
  await page.getByRole('button', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('img', { name: /^Trinn 1:/ }).waitFor();
  assert.equal(
    await tile(page, 'Trinn').getAttribute('aria-disabled'),
    null,
    'back on the overview every tile is there',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
