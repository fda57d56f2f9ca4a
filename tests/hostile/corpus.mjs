// The hostile corpus: several hundred `.trapp.json` texts, each a way a file from outside has
// broken or could break Trappa (issue 20). Every one must be refused with a message naming the
// field, or open and export; none may throw, hang, run out of memory or read a local file.
//
//   node tests/hostile/corpus.mjs <dir>   writes every file to <dir> (one folder per class)
//   import { iterateCorpus, sampleCorpus } from '../hostile/corpus.mjs'
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeVariant, many, reserved, variant } from './corpusBase.mjs';
import { fonts, pictureSchemes, rasterPictures, svgPictures } from './corpusPictures.mjs';

function protoIds() {
  const cases = {};
  for (const name of reserved) {
    // Every reference to the step (bands, track columns, pages) follows its new id.
    cases[`step-${name}`] = () => makeVariant(() => {}).replaceAll('"step-1"', JSON.stringify(name));
    cases[`row-${name}`] = variant((doc) => {
      const track = doc.tracks[0];
      const old = track.rows[0].id;
      track.rows[0].id = name;
      for (const column of track.columns)
        if (old in column.cells)
          column.cells = JSON.parse(JSON.stringify(column.cells).replace(`"${old}"`, JSON.stringify(name)));
    });
    cases[`cell-key-${name}`] = variant(
      (doc) => (doc.tracks[0].columns[0].cells = JSON.parse(`{${JSON.stringify(name)}: "celle"}`)),
    );
    cases[`element-${name}`] = variant((doc) =>
      doc.pages[0].elements.push({
        id: name,
        kind: 'text',
        x: 10,
        y: 10,
        w: 100,
        h: 30,
        text: 'Hei',
        size: 12,
        bold: false,
      }),
    );
    cases[`page-${name}`] = variant((doc) => (doc.pages[0].id = name));
  }
  cases['mastery-values-constructor'] = variant(
    (doc) =>
      (doc.charts[0].values = JSON.parse(
        '{"constructor": {"column": 50, "curve": 50}, "step-1": {"column": 20, "curve": 30}}',
      )),
    'gausdal',
  );
  cases['offsets-proto'] = variant(
    (doc) =>
      (doc.pages[0].offsets = JSON.parse('{"__proto__": {"dx": 10, "dy": 10}, "step:__proto__": {"dx": 5, "dy": 5}}')),
  );
  cases['meta-proto-pollution'] = variant(
    (doc) => (doc.meta = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(doc.meta).slice(1)}`)),
  );
  return cases;
}

function hugeNumbers() {
  const values = { huge: 1e308, 'minus-huge': -1e308, tiny: 1e-308, big: 1e12, zero: 0, negative: -5 };
  const fields = {
    'text-size': (doc, v) =>
      doc.pages[0].elements.push({
        id: 'el-t',
        kind: 'text',
        x: 10,
        y: 10,
        w: 100,
        h: 30,
        text: 'Stor',
        size: v,
        bold: true,
      }),
    'element-x': (doc, v) =>
      doc.pages[0].elements.push({ id: 'el-s', kind: 'shape', shape: 'rect', x: v, y: 10, w: 100, h: 30 }),
    'element-w': (doc, v) =>
      doc.pages[0].elements.push({ id: 'el-s', kind: 'shape', shape: 'ellipse', x: 10, y: 10, w: v, h: 30 }),
    'element-h': (doc, v) =>
      doc.pages[0].elements.push({ id: 'el-i', kind: 'icon', icon: 'home', x: 10, y: 10, w: 30, h: v }),
    'arrow-end': (doc, v) =>
      doc.pages[0].elements.push({ id: 'el-a', kind: 'arrow', from: { x: 0, y: 0 }, to: { x: v, y: v }, label: 'Pil' }),
    'figure-value': (doc, v) =>
      (doc.steps[0].figures = [{ id: 'f1', kind: 'totalCost', value: v, unit: 'kr', series: '2024' }]),
    year: (doc, v) => (doc.meta.year = v),
    offset: (doc, v) => (doc.pages[0].offsets = { 'step:step-1': { dx: v, dy: v } }),
    'font-scale': (doc, v) => (doc.steps[0].style = { fontScale: v }),
    'step-width': (doc, v) => (doc.layout.stepWidth = v),
    'corner-radius': (doc, v) => (doc.theme.cornerRadius = v),
    'stroke-width': (doc, v) =>
      doc.pages[0].elements.push({
        id: 'el-s',
        kind: 'shape',
        shape: 'line',
        x: 10,
        y: 10,
        w: 100,
        h: 30,
        strokeWidth: v,
      }),
  };
  const cases = {};
  for (const [field, set] of Object.entries(fields))
    for (const [name, v] of Object.entries(values)) cases[`${field}-${name}`] = variant((doc) => set(doc, v));
  // Numbers JSON cannot hold are written out by hand.
  cases['year-overflow-literal'] = () =>
    makeVariant((doc) => (doc.meta.year = 1999)).replace('"year": 1999', '"year": 1e999');
  cases['text-size-at-limit'] = variant((doc) => fields['text-size'](doc, 2000));
  cases['text-size-smallest'] = variant((doc) => fields['text-size'](doc, 0.001));
  return cases;
}

function hugeCounts() {
  const row = (i) => ({ id: `r${i}`, label: `Rad ${i}` });
  const text = (i) => ({
    id: `el${i}`,
    kind: 'text',
    x: (i % 50) * 10,
    y: Math.floor(i / 50) * 10,
    w: 40,
    h: 10,
    text: `T${i}`,
    size: 6,
    bold: false,
  });
  return {
    'track-rows-100000': variant((doc) => (doc.tracks[0].rows = many(100_000, row))),
    'track-rows-1000000': variant((doc) => (doc.tracks[0].rows = many(1_000_000, row))),
    'track-rows-at-limit': variant((doc) => (doc.tracks[0].rows = many(200, row))),
    'track-columns-5000': variant(
      (doc) =>
        (doc.tracks[0].columns = many(5000, (i) => ({
          id: `c${i}`,
          title: `K${i}`,
          firstStep: 'step-1',
          lastStep: 'step-2',
          cells: {},
        }))),
    ),
    'cells-50000': variant(
      (doc) => (doc.tracks[0].columns[0].cells = Object.fromEntries(many(50_000, (i) => [`r${i}`, 'x']))),
    ),
    'steps-60000': variant((doc) => (doc.steps = many(60_000, (i) => ({ ...doc.steps[0], id: `s${i}` })))),
    'steps-61': variant((doc) => (doc.steps = many(61, (i) => ({ ...doc.steps[0], id: `s${i}` })))),
    'items-100000': variant(
      (doc) =>
        (doc.steps[0].sections = [
          { id: 'sec', heading: 'Tenester', items: many(100_000, (i) => ({ id: `i${i}`, text: `Teneste ${i}` })) },
        ]),
      'gausdal',
    ),
    'items-at-limit': variant(
      (doc) =>
        (doc.steps[0].sections = [
          { id: 'sec', heading: 'Tenester', items: many(500, (i) => ({ id: `i${i}`, text: `Teneste ${i}` })) },
        ]),
      'gausdal',
    ),
    'sections-10000': variant(
      (doc) => (doc.steps[0].sections = many(10_000, (i) => ({ id: `sec${i}`, heading: 'H', items: [] }))),
    ),
    'figures-100000': variant(
      (doc) =>
        (doc.steps[0].figures = many(100_000, (i) => ({
          id: `f${i}`,
          kind: 'recipients',
          value: i,
          unit: '',
          series: `${i}`,
        }))),
    ),
    'elements-100000': variant((doc) => (doc.pages[0].elements = many(100_000, text))),
    'elements-at-limit': variant((doc) => (doc.pages[0].elements = many(2000, text))),
    'pages-10000': variant(
      (doc) => (doc.pages = [...doc.pages, ...many(10_000, (i) => ({ id: `p${i}`, kind: 'free', elements: [] }))]),
    ),
    'bands-10000': variant(
      (doc) =>
        (doc.bands = many(10_000, (i) => ({ id: `b${i}`, label: 'B', firstStep: 'step-1', lastStep: 'step-2' }))),
    ),
    'charts-1000': variant((doc) => (doc.charts = many(1000, (i) => ({ ...doc.charts[0], id: `ch${i}` })))),
    'links-10000': variant(
      (doc) =>
        (doc.steps[0].commitments.items = [
          { id: 'i', text: 'Lenkje', links: many(10_000, () => ({ text: 'Lenkje', href: 'https://example.no' })) },
        ]),
    ),
    'step-colours-10000': variant((doc) => (doc.theme.stepColours = many(10_000, () => '#336699'))),
    'child-items-10000': variant(
      (doc) =>
        (doc.steps[0].commitments.items = [
          { id: 'i', text: 'Forelder', items: many(10_000, (i) => ({ id: `c${i}`, text: 'Barn' })) },
        ]),
    ),
  };
}

/** A text box on the overview with the given text, type size and weight. */
const textElement = (text, size, bold) => ({ id: 'el-t', kind: 'text', x: 10, y: 10, w: 200, h: 50, text, size, bold });

function hugeStrings() {
  const tenMb = 'Trygg heime '.repeat(875_000);
  const word = 'a'.repeat(10_000_000);
  return {
    'title-10mb': variant((doc) => (doc.meta.title = tenMb)),
    'title-10mb-one-word': variant((doc) => (doc.meta.title = word)),
    'step-title-10mb-one-word': variant((doc) => (doc.steps[0].title = word)),
    'item-10mb': variant((doc) => (doc.steps[1].sections[0].items[0].text = tenMb), 'gausdal'),
    'cell-10mb': variant((doc) => (doc.tracks[0].columns[0].cells['row-description'] = tenMb)),
    'notes-10mb': variant((doc) => (doc.steps[0].notes = tenMb)),
    'element-text-10mb': variant((doc) => doc.pages[0].elements.push(textElement(word, 12, false))),
    'id-1mb': variant((doc) => (doc.bands[0].id = 'b'.repeat(1_000_000))),
    'font-name-1mb': variant((doc) => (doc.theme.headingFont = 'F'.repeat(1_000_000))),
    'title-at-limit-one-word': variant((doc) => (doc.meta.title = 'ø'.repeat(20_000))),
    'step-title-at-limit-one-word': variant((doc) => (doc.steps[0].title = 'W'.repeat(20_000))),
    'every-step-title-at-limit': variant((doc) =>
      doc.steps.forEach((step) => (step.title = 'Tenester og tilbod '.repeat(1000).slice(0, 20_000))),
    ),
    'intro-at-limit': variant((doc) => (doc.meta.intro = 'Innleiing '.repeat(10_000))),
    'element-text-at-limit-one-word': variant((doc) =>
      doc.pages[0].elements.push(textElement('ø'.repeat(20_000), 2000, true)),
    ),
    'arrow-label-at-limit': variant((doc) =>
      doc.pages[0].elements.push({
        id: 'el-a',
        kind: 'arrow',
        from: { x: 0, y: 0 },
        to: { x: 300, y: 300 },
        label: 'Pil '.repeat(5000),
      }),
    ),
  };
}
function links() {
  const hrefs = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//example.invalid',
    'http://',
    'https://exa mple.no',
    'mailto:',
    'tel:javascript:alert(1)',
    'https://example.no/\u0000',
    'x'.repeat(30_000),
    'https://example.no/',
  ];
  return Object.fromEntries(
    hrefs.map((href, i) => [
      `href-${i}`,
      variant(
        (doc) => (doc.steps[0].commitments.items = [{ id: 'i', text: 'Lenkje', links: [{ text: 'Lenkje', href }] }]),
      ),
    ]),
  );
}

function colours() {
  const values = [
    'red',
    '#fff',
    '#12345g',
    'url(#x)',
    'rgb(0,0,0)',
    '#1234567',
    '',
    'expression(alert(1))',
    '#000000;background:url(http://x)',
    'transparent',
  ];
  return Object.fromEntries(
    values.flatMap((colour, i) => [
      [`theme-text-${i}`, variant((doc) => (doc.theme.text = colour))],
      [`band-${i}`, variant((doc) => (doc.bands[0].colour = colour))],
    ]),
  );
}
function encodings() {
  const text = makeVariant(() => {});
  return {
    bom: `\ufeff${text}`,
    'bom-twice': `\ufeff\ufeff${text}`,
    'nul-bytes': `\u0000${text}`,
    crlf: text.replace(/\n/g, '\r\n'),
    'lone-surrogates': variant((doc) => (doc.meta.title = '\ud800\udfff\ud800 tittel \udc00')),
    'control-characters': variant((doc) => (doc.meta.title = 'Tittel\u0007\u001b[31m\u202e')),
    'latin1-bytes': Buffer.from(text, 'utf8').toString('latin1'),
  };
}

function malformed() {
  const text = makeVariant(() => {});
  const depth = 100_000;
  return {
    empty: '',
    whitespace: ' \n\t ',
    truncated: text.slice(0, text.length / 2),
    'not-json': 'hei',
    'json-array': '[]',
    'json-null': 'null',
    'json-number': '1e308',
    'not-trappa': '{"format": "other", "version": 1}',
    'newer-version': text.replace('"version": 1', '"version": 99'),
    'version-string': text.replace('"version": 1', '"version": "1"'),
    'deep-arrays': '['.repeat(depth) + ']'.repeat(depth),
    'deep-title': text.replace(
      '"title": "Aktivitets- og meistringstrapp"',
      `"title": ${'['.repeat(depth)}${']'.repeat(depth)}`,
    ),
    comment: `// kommentar\n${text}`,
    'duplicate-keys': text.replace('"format": "trappa",', '"format": "trappa", "format": "trappa",'),
    'missing-steps': variant((doc) => delete doc.steps),
    'steps-null': variant((doc) => (doc.steps = null)),
  };
}

function references() {
  return {
    'band-to-missing-step': variant((doc) => (doc.bands[0].lastStep = 'nowhere')),
    'column-to-missing-step': variant((doc) => (doc.tracks[0].columns[0].firstStep = 'nowhere')),
    'duplicate-step-ids': variant((doc) => (doc.steps[1].id = doc.steps[0].id)),
    'arrow-to-missing-element': variant((doc) =>
      doc.pages[0].elements.push({
        id: 'el-a',
        kind: 'arrow',
        from: { x: 0, y: 0, attach: { kind: 'element', id: 'nowhere' } },
        to: { x: 50, y: 50, attach: { kind: 'step', id: 'nowhere' } },
      }),
    ),
    'figure-of-missing-step': variant((doc) =>
      doc.pages[0].elements.push({
        id: 'el-f',
        kind: 'figure',
        stepId: 'nowhere',
        figure: 'totalCost',
        series: '2024',
        x: 10,
        y: 10,
        w: 100,
        h: 60,
      }),
    ),
    'step-page-of-missing-step': variant((doc) =>
      doc.pages.push({ id: 'p-x', kind: 'step', stepId: 'nowhere', elements: [] }),
    ),
    'no-pages': variant((doc) => (doc.pages = [])),
    'no-steps': variant((doc) => (doc.steps = [])),
    'unsafe-link': variant(
      (doc) =>
        (doc.steps[0].commitments.items = [
          { id: 'i', text: 'Klikk', links: [{ text: 'Klikk', href: 'javascript:alert(1)' }] },
        ]),
    ),
    'script-in-texts': variant((doc) => {
      const script = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
      doc.meta.title = script;
      doc.steps.forEach((step) => (step.title = script));
      doc.tracks[0].title = script;
    }),
  };
}

/** Every class of the corpus, by name, each a record of case name to file text. */
export const corpusClasses = {
  protoIds,
  hugeNumbers,
  hugeCounts,
  hugeStrings,
  pictureSchemes,
  svgPictures,
  rasterPictures,
  fonts,
  links,
  colours,
  encodings,
  malformed,
  references,
};

const read = (value) => (typeof value === 'function' ? value() : value);

/** Every file of the corpus, one at a time (`{ name: 'svgPictures/script-base64', className, text }`). */
export function* iterateCorpus() {
  for (const [className, make] of Object.entries(corpusClasses)) {
    for (const [name, value] of Object.entries(make()))
      yield { name: `${className}/${name}`, className, text: read(value) };
  }
}

/** Every case's name, without making the texts. */
export function listCorpus() {
  return Object.entries(corpusClasses).flatMap(([className, make]) =>
    Object.keys(make()).map((name) => `${className}/${name}`),
  );
}

/** One file of the corpus by its name. */
export function readCorpusFile(name) {
  const [className, caseName] = name.split('/');
  return read(corpusClasses[className]()[caseName]);
}

/**
 * The first `perClass` cases of each class, and any case named in `also`, for tests that cannot
 * afford the whole corpus (a browser, the command line).
 */
export function sampleCorpus(perClass = 2, also = []) {
  const names = Object.entries(corpusClasses).flatMap(([className, make]) =>
    Object.keys(make())
      .slice(0, perClass)
      .map((name) => `${className}/${name}`),
  );
  return [...new Set([...names, ...also])].map((name) => ({
    name,
    className: name.split('/')[0],
    text: readCorpusFile(name),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/hostile/corpus.mjs <dir>');
  let count = 0;
  for (const file of iterateCorpus()) {
    mkdirSync(join(dir, file.className), { recursive: true });
    writeFileSync(join(dir, `${file.name}.trapp.json`), file.text);
    count++;
  }
  process.stdout.write(`${count} files in ${dir}\n`);
}
