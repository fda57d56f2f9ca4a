// The hostile corpus: several hundred `.trapp.json` texts, each a way a file from outside has
// broken or could break Trappa (issue 20). Every one must be refused with a message naming the
// field, or open and export; none may throw, hang, run out of memory or read a local file.
//
//   node tests/hostile/corpus.mjs <dir>   writes every file to <dir> (one folder per class)
//   import { iterateCorpus, sampleCorpus } from '../hostile/corpus.mjs'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataUrl, makeBrokenPngs, makeDamagedFonts, makeHostileSvgs, makePng, makePngBomb, readShippedFont } from './hostileBytes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const template = (id) => JSON.parse(readFileSync(join(root, 'templates', `${id}.trapp.json`), 'utf8'));

/** A copy of a template (Alver by default: nynorsk, a track, bands, a chart) changed by `change`. */
function makeVariant(change, id = 'alver') {
  const doc = template(id);
  change(doc);
  return JSON.stringify(doc, null, 1);
}

/** The same, made only when read: the corpus holds hundreds of megabytes of text in all. */
const variant = (change, id) => () => makeVariant(change, id);

const picture = (src, extra = {}) => ({ id: 'el-picture', kind: 'image', x: 60, y: 60, w: 200, h: 150, src, alt: 'Bilete', ...extra });
const withPicture = (src) => variant((doc) => doc.pages[0].elements.push(picture(src)));
/** The same picture as a logo on the first step's page, where the step page layout places it. */
const withLogo = (src) => variant((doc) => doc.pages[1].elements.push(picture(src, { id: 'el-logo', logo: true, x: 20, y: 20, w: 80, h: 40 })));
const reserved = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function protoIds() {
  const cases = {};
  for (const name of reserved) {
    // Every reference to the step (bands, track columns, pages) follows its new id.
    cases[`step-${name}`] = () => makeVariant(() => {}).replaceAll('"step-1"', JSON.stringify(name));
    cases[`row-${name}`] = variant((doc) => {
      const track = doc.tracks[0];
      const old = track.rows[0].id;
      track.rows[0].id = name;
      for (const column of track.columns) if (old in column.cells) column.cells = JSON.parse(JSON.stringify(column.cells).replace(`"${old}"`, JSON.stringify(name)));
    });
    cases[`cell-key-${name}`] = variant((doc) => (doc.tracks[0].columns[0].cells = JSON.parse(`{${JSON.stringify(name)}: "celle"}`)));
    cases[`element-${name}`] = variant((doc) => doc.pages[0].elements.push({ id: name, kind: 'text', x: 10, y: 10, w: 100, h: 30, text: 'Hei', size: 12, bold: false }));
    cases[`page-${name}`] = variant((doc) => (doc.pages[0].id = name));
  }
  cases['mastery-values-constructor'] = variant((doc) => (doc.charts[0].values = JSON.parse('{"constructor": {"column": 50, "curve": 50}, "step-1": {"column": 20, "curve": 30}}')), 'gausdal');
  cases['offsets-proto'] = variant((doc) => (doc.pages[0].offsets = JSON.parse('{"__proto__": {"dx": 10, "dy": 10}, "step:__proto__": {"dx": 5, "dy": 5}}')));
  cases['meta-proto-pollution'] = variant((doc) => (doc.meta = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(doc.meta).slice(1)}`)));
  return cases;
}

function hugeNumbers() {
  const values = { 'huge': 1e308, 'minus-huge': -1e308, 'tiny': 1e-308, 'big': 1e12, 'zero': 0, 'negative': -5 };
  const fields = {
    'text-size': (doc, v) => doc.pages[0].elements.push({ id: 'el-t', kind: 'text', x: 10, y: 10, w: 100, h: 30, text: 'Stor', size: v, bold: true }),
    'element-x': (doc, v) => doc.pages[0].elements.push({ id: 'el-s', kind: 'shape', shape: 'rect', x: v, y: 10, w: 100, h: 30 }),
    'element-w': (doc, v) => doc.pages[0].elements.push({ id: 'el-s', kind: 'shape', shape: 'ellipse', x: 10, y: 10, w: v, h: 30 }),
    'element-h': (doc, v) => doc.pages[0].elements.push({ id: 'el-i', kind: 'icon', icon: 'home', x: 10, y: 10, w: 30, h: v }),
    'arrow-end': (doc, v) => doc.pages[0].elements.push({ id: 'el-a', kind: 'arrow', from: { x: 0, y: 0 }, to: { x: v, y: v }, label: 'Pil' }),
    'figure-value': (doc, v) => (doc.steps[0].figures = [{ id: 'f1', kind: 'totalCost', value: v, unit: 'kr', series: '2024' }]),
    'year': (doc, v) => (doc.meta.year = v),
    'offset': (doc, v) => (doc.pages[0].offsets = { 'step:step-1': { dx: v, dy: v } }),
    'font-scale': (doc, v) => (doc.steps[0].style = { fontScale: v }),
    'step-width': (doc, v) => (doc.layout.stepWidth = v),
    'corner-radius': (doc, v) => (doc.theme.cornerRadius = v),
    'stroke-width': (doc, v) => doc.pages[0].elements.push({ id: 'el-s', kind: 'shape', shape: 'line', x: 10, y: 10, w: 100, h: 30, strokeWidth: v }),
  };
  const cases = {};
  for (const [field, set] of Object.entries(fields)) for (const [name, v] of Object.entries(values)) cases[`${field}-${name}`] = variant((doc) => set(doc, v));
  // Numbers JSON cannot hold are written out by hand.
  cases['year-overflow-literal'] = () => makeVariant((doc) => (doc.meta.year = 1999)).replace('"year": 1999', '"year": 1e999');
  cases['text-size-at-limit'] = variant((doc) => fields['text-size'](doc, 2000));
  cases['text-size-smallest'] = variant((doc) => fields['text-size'](doc, 0.001));
  return cases;
}

const many = (count, make) => Array.from({ length: count }, (_, i) => make(i));

function hugeCounts() {
  const row = (i) => ({ id: `r${i}`, label: `Rad ${i}` });
  const text = (i) => ({ id: `el${i}`, kind: 'text', x: (i % 50) * 10, y: Math.floor(i / 50) * 10, w: 40, h: 10, text: `T${i}`, size: 6, bold: false });
  return {
    'track-rows-100000': variant((doc) => (doc.tracks[0].rows = many(100_000, row))),
    'track-rows-1000000': variant((doc) => (doc.tracks[0].rows = many(1_000_000, row))),
    'track-rows-at-limit': variant((doc) => (doc.tracks[0].rows = many(200, row))),
    'track-columns-5000': variant((doc) => (doc.tracks[0].columns = many(5000, (i) => ({ id: `c${i}`, title: `K${i}`, firstStep: 'step-1', lastStep: 'step-2', cells: {} })))),
    'cells-50000': variant((doc) => (doc.tracks[0].columns[0].cells = Object.fromEntries(many(50_000, (i) => [`r${i}`, 'x'])))),
    'steps-60000': variant((doc) => (doc.steps = many(60_000, (i) => ({ ...doc.steps[0], id: `s${i}` })))),
    'steps-61': variant((doc) => (doc.steps = many(61, (i) => ({ ...doc.steps[0], id: `s${i}` })))),
    'items-100000': variant((doc) => (doc.steps[0].sections = [{ id: 'sec', heading: 'Tenester', items: many(100_000, (i) => ({ id: `i${i}`, text: `Teneste ${i}` })) }]), 'gausdal'),
    'items-at-limit': variant((doc) => (doc.steps[0].sections = [{ id: 'sec', heading: 'Tenester', items: many(500, (i) => ({ id: `i${i}`, text: `Teneste ${i}` })) }]), 'gausdal'),
    'sections-10000': variant((doc) => (doc.steps[0].sections = many(10_000, (i) => ({ id: `sec${i}`, heading: 'H', items: [] })))),
    'figures-100000': variant((doc) => (doc.steps[0].figures = many(100_000, (i) => ({ id: `f${i}`, kind: 'recipients', value: i, unit: '', series: `${i}` })))),
    'elements-100000': variant((doc) => (doc.pages[0].elements = many(100_000, text))),
    'elements-at-limit': variant((doc) => (doc.pages[0].elements = many(2000, text))),
    'pages-10000': variant((doc) => (doc.pages = [...doc.pages, ...many(10_000, (i) => ({ id: `p${i}`, kind: 'free', elements: [] }))])),
    'bands-10000': variant((doc) => (doc.bands = many(10_000, (i) => ({ id: `b${i}`, label: 'B', firstStep: 'step-1', lastStep: 'step-2' })))),
    'charts-1000': variant((doc) => (doc.charts = many(1000, (i) => ({ ...doc.charts[0], id: `ch${i}` })))),
    'links-10000': variant((doc) => (doc.steps[0].commitments.items = [{ id: 'i', text: 'Lenkje', links: many(10_000, () => ({ text: 'Lenkje', href: 'https://example.no' })) }])),
    'step-colours-10000': variant((doc) => (doc.theme.stepColours = many(10_000, () => '#336699'))),
    'child-items-10000': variant((doc) => (doc.steps[0].commitments.items = [{ id: 'i', text: 'Forelder', items: many(10_000, (i) => ({ id: `c${i}`, text: 'Barn' })) }])),
  };
}

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
    'element-text-10mb': variant((doc) => doc.pages[0].elements.push({ id: 'el-t', kind: 'text', x: 10, y: 10, w: 200, h: 50, text: word, size: 12, bold: false })),
    'id-1mb': variant((doc) => (doc.bands[0].id = 'b'.repeat(1_000_000))),
    'font-name-1mb': variant((doc) => (doc.theme.headingFont = 'F'.repeat(1_000_000))),
    'title-at-limit-one-word': variant((doc) => (doc.meta.title = 'ø'.repeat(20_000))),
    'step-title-at-limit-one-word': variant((doc) => (doc.steps[0].title = 'W'.repeat(20_000))),
    'every-step-title-at-limit': variant((doc) => doc.steps.forEach((step) => (step.title = 'Tenester og tilbod '.repeat(1000).slice(0, 20_000)))),
    'intro-at-limit': variant((doc) => (doc.meta.intro = 'Innleiing '.repeat(10_000))),
    'element-text-at-limit-one-word': variant((doc) => doc.pages[0].elements.push({ id: 'el-t', kind: 'text', x: 10, y: 10, w: 200, h: 50, text: 'ø'.repeat(20_000), size: 2000, bold: true })),
    'arrow-label-at-limit': variant((doc) => doc.pages[0].elements.push({ id: 'el-a', kind: 'arrow', from: { x: 0, y: 0 }, to: { x: 300, y: 300 }, label: 'Pil '.repeat(5000) })),
  };
}

function pictureSchemes() {
  const png = dataUrl('image/png', makePng(4, 4));
  const srcs = {
    'https': 'https://example.invalid/beacon.png',
    'http': 'http://127.0.0.1:9/beacon.png',
    'protocol-relative': '//example.invalid/x.png',
    'javascript': 'javascript:alert(1)',
    'file': 'file:///etc/passwd',
    'absolute-path': '/etc/hostname',
    'relative-path': '../bilete.png',
    'blob': 'blob:http://localhost/1234',
    'data-text-html': 'data:text/html,<script>alert(1)</script>',
    'data-gif': 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data-svg-uppercase-mime': png.replace('image/png', 'IMAGE/SVG+XML'),
    'data-png-with-space': ` ${png}`,
    'empty': '',
    'vbscript': 'vbscript:msgbox(1)',
    'data-no-comma': 'data:image/png;base64',
  };
  return Object.fromEntries(Object.entries(srcs).map(([name, src]) => [name, withPicture(src)]));
}

const svgUrl = (svg, encoding) => (encoding === 'base64' ? dataUrl('image/svg+xml', Buffer.from(svg, 'utf8')) : `data:image/svg+xml,${encodeURIComponent(svg)}`);

function svgPictures() {
  const cases = {};
  for (const [name, svg] of Object.entries(makeHostileSvgs())) {
    cases[`${name}-base64`] = withPicture(svgUrl(svg, 'base64'));
    cases[`${name}-percent`] = withPicture(svgUrl(svg, 'percent'));
    cases[`${name}-logo`] = withLogo(svgUrl(svg, 'base64'));
  }
  cases['bad-percent-encoding'] = withPicture('data:image/svg+xml,%E0%A4%A');
  cases['bad-base64'] = withPicture('data:image/svg+xml;base64,@@@@');
  cases['over-sanitiser-limit'] = withPicture(svgUrl(`<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(1_300_000)}</svg>`, 'base64'));
  return cases;
}

function links() {
  const hrefs = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '//example.invalid', 'http://', 'https://exa mple.no', 'mailto:', 'tel:javascript:alert(1)', 'https://example.no/\u0000', 'x'.repeat(30_000), 'https://example.no/'];
  return Object.fromEntries(hrefs.map((href, i) => [`href-${i}`, variant((doc) => (doc.steps[0].commitments.items = [{ id: 'i', text: 'Lenkje', links: [{ text: 'Lenkje', href }] }]))]));
}

function colours() {
  const values = ['red', '#fff', '#12345g', 'url(#x)', 'rgb(0,0,0)', '#1234567', '', 'expression(alert(1))', '#000000;background:url(http://x)', 'transparent'];
  return Object.fromEntries(values.flatMap((colour, i) => [
    [`theme-text-${i}`, variant((doc) => (doc.theme.text = colour))],
    [`band-${i}`, variant((doc) => (doc.bands[0].colour = colour))],
  ]));
}

function rasterPictures() {
  const cases = {};
  for (const [name, bytes] of Object.entries(makeBrokenPngs())) {
    cases[`png-${name}`] = withPicture(dataUrl('image/png', bytes));
    cases[`jpeg-${name}`] = withPicture(dataUrl('image/jpeg', bytes));
  }
  for (const [w, h] of [[20_000, 20_000], [100_000, 1], [1, 100_000], [65_535, 65_535], [0x7fffffff, 0x7fffffff]]) cases[`png-bomb-${w}x${h}`] = withPicture(dataUrl('image/png', makePngBomb(w, h)));
  // A JPEG start-of-frame claiming 65 535 x 65 535 pixels.
  cases['jpeg-bomb'] = withPicture(dataUrl('image/jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9])));
  cases['png-svg-inside'] = withPicture(dataUrl('image/png', Buffer.from(makeHostileSvgs()['image-absolute-path'])));
  cases['png-fine'] = withPicture(dataUrl('image/png', makePng(40, 30, [0, 128, 0])));
  return cases;
}

function fonts() {
  const cases = {};
  const base64 = (bytes) => Buffer.from(bytes).toString('base64');
  for (const [name, bytes] of Object.entries(makeDamagedFonts())) {
    if (bytes.length === 0) continue;
    cases[`font-${name}`] = variant((doc) => {
      doc.fonts = [{ family: 'Skadd', weight: 700, data: base64(bytes) }];
      doc.theme.headingFont = 'Skadd';
      doc.theme.bodyFont = 'Skadd';
    });
  }
  cases['font-not-base64'] = variant((doc) => (doc.fonts = [{ family: 'Skadd', weight: 400, data: '!!not base64!!' }]));
  cases['font-too-large'] = variant((doc) => (doc.fonts = [{ family: 'Stor', weight: 400, data: 'A'.repeat(3_000_000) }]));
  cases['fonts-13'] = variant((doc) => (doc.fonts = many(13, (i) => ({ family: `F${i}`, weight: 400, data: base64(readShippedFont().subarray(0, 64)) }))));
  return cases;
}

function encodings() {
  const text = makeVariant(() => {});
  return {
    'bom': `\ufeff${text}`,
    'bom-twice': `\ufeff\ufeff${text}`,
    'nul-bytes': `\u0000${text}`,
    'crlf': text.replace(/\n/g, '\r\n'),
    'lone-surrogates': variant((doc) => (doc.meta.title = '\ud800\udfff\ud800 tittel \udc00')),
    'control-characters': variant((doc) => (doc.meta.title = 'Tittel\u0007\u001b[31m\u202e')),
    'latin1-bytes': Buffer.from(text, 'utf8').toString('latin1'),
  };
}

function malformed() {
  const text = makeVariant(() => {});
  const depth = 100_000;
  return {
    'empty': '',
    'whitespace': ' \n\t ',
    'truncated': text.slice(0, text.length / 2),
    'not-json': 'hei',
    'json-array': '[]',
    'json-null': 'null',
    'json-number': '1e308',
    'not-trappa': '{"format": "other", "version": 1}',
    'newer-version': text.replace('"version": 1', '"version": 99'),
    'version-string': text.replace('"version": 1', '"version": "1"'),
    'deep-arrays': '['.repeat(depth) + ']'.repeat(depth),
    'deep-title': text.replace('"title": "Aktivitets- og meistringstrapp"', `"title": ${'['.repeat(depth)}${']'.repeat(depth)}`),
    'comment': `// kommentar\n${text}`,
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
    'arrow-to-missing-element': variant((doc) => doc.pages[0].elements.push({ id: 'el-a', kind: 'arrow', from: { x: 0, y: 0, attach: { kind: 'element', id: 'nowhere' } }, to: { x: 50, y: 50, attach: { kind: 'step', id: 'nowhere' } } })),
    'figure-of-missing-step': variant((doc) => doc.pages[0].elements.push({ id: 'el-f', kind: 'figure', stepId: 'nowhere', figure: 'totalCost', series: '2024', x: 10, y: 10, w: 100, h: 60 })),
    'step-page-of-missing-step': variant((doc) => doc.pages.push({ id: 'p-x', kind: 'step', stepId: 'nowhere', elements: [] })),
    'no-pages': variant((doc) => (doc.pages = [])),
    'no-steps': variant((doc) => (doc.steps = [])),
    'unsafe-link': variant((doc) => (doc.steps[0].commitments.items = [{ id: 'i', text: 'Klikk', links: [{ text: 'Klikk', href: 'javascript:alert(1)' }] }])),
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
    for (const [name, value] of Object.entries(make())) yield { name: `${className}/${name}`, className, text: read(value) };
  }
}

/** Every case's name, without making the texts. */
export function listCorpus() {
  return Object.entries(corpusClasses).flatMap(([className, make]) => Object.keys(make()).map((name) => `${className}/${name}`));
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
  const names = Object.entries(corpusClasses).flatMap(([className, make]) => Object.keys(make()).slice(0, perClass).map((name) => `${className}/${name}`));
  return [...new Set([...names, ...also])].map((name) => ({ name, className: name.split('/')[0], text: readCorpusFile(name) }));
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
