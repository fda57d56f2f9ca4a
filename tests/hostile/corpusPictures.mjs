// The corpus classes about what a document carries as data: pictures (addresses, SVGs, rasters) and fonts.
import {
  dataUrl,
  makeBrokenPngs,
  makeDamagedFonts,
  makeHostileSvgs,
  makePng,
  makePngBomb,
  readShippedFont,
} from './hostileBytes.mjs';
import { many, variant, withLogo, withPicture } from './corpusBase.mjs';

export function pictureSchemes() {
  const png = dataUrl('image/png', makePng(4, 4));
  const srcs = {
    https: 'https://example.invalid/beacon.png',
    http: 'http://127.0.0.1:9/beacon.png',
    'protocol-relative': '//example.invalid/x.png',
    javascript: 'javascript:alert(1)',
    file: 'file:///etc/passwd',
    'absolute-path': '/etc/hostname',
    'relative-path': '../bilete.png',
    blob: 'blob:http://localhost/1234',
    'data-text-html': 'data:text/html,<script>alert(1)</script>',
    'data-gif': 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data-svg-uppercase-mime': png.replace('image/png', 'IMAGE/SVG+XML'),
    'data-png-with-space': ` ${png}`,
    empty: '',
    vbscript: 'vbscript:msgbox(1)',
    'data-no-comma': 'data:image/png;base64',
  };
  return Object.fromEntries(Object.entries(srcs).map(([name, src]) => [name, withPicture(src)]));
}

const svgUrl = (svg, encoding) =>
  encoding === 'base64'
    ? dataUrl('image/svg+xml', Buffer.from(svg, 'utf8'))
    : `data:image/svg+xml,${encodeURIComponent(svg)}`;

export function svgPictures() {
  const cases = {};
  for (const [name, svg] of Object.entries(makeHostileSvgs())) {
    cases[`${name}-base64`] = withPicture(svgUrl(svg, 'base64'));
    cases[`${name}-percent`] = withPicture(svgUrl(svg, 'percent'));
    cases[`${name}-logo`] = withLogo(svgUrl(svg, 'base64'));
  }
  cases['bad-percent-encoding'] = withPicture('data:image/svg+xml,%E0%A4%A');
  cases['bad-base64'] = withPicture('data:image/svg+xml;base64,@@@@');
  cases['over-sanitiser-limit'] = withPicture(
    svgUrl(`<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(1_300_000)}</svg>`, 'base64'),
  );
  return cases;
}

export function rasterPictures() {
  const cases = {};
  for (const [name, bytes] of Object.entries(makeBrokenPngs())) {
    cases[`png-${name}`] = withPicture(dataUrl('image/png', bytes));
    cases[`jpeg-${name}`] = withPicture(dataUrl('image/jpeg', bytes));
  }
  for (const [w, h] of [
    [20_000, 20_000],
    [100_000, 1],
    [1, 100_000],
    [65_535, 65_535],
    [0x7fffffff, 0x7fffffff],
  ])
    cases[`png-bomb-${w}x${h}`] = withPicture(dataUrl('image/png', makePngBomb(w, h)));
  // A JPEG start-of-frame claiming 65 535 x 65 535 pixels.
  cases['jpeg-bomb'] = withPicture(
    dataUrl(
      'image/jpeg',
      Uint8Array.from([
        0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9,
      ]),
    ),
  );
  cases['png-svg-inside'] = withPicture(dataUrl('image/png', Buffer.from(makeHostileSvgs()['image-absolute-path'])));
  cases['png-fine'] = withPicture(dataUrl('image/png', makePng(40, 30, [0, 128, 0])));
  return cases;
}

export function fonts() {
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
  cases['font-too-large'] = variant(
    (doc) => (doc.fonts = [{ family: 'Stor', weight: 400, data: 'A'.repeat(3_000_000) }]),
  );
  cases['fonts-13'] = variant(
    (doc) =>
      (doc.fonts = many(13, (i) => ({
        family: `F${i}`,
        weight: 400,
        data: base64(readShippedFont().subarray(0, 64)),
      }))),
  );
  return cases;
}
