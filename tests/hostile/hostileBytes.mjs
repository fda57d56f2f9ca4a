// Bytes for the hostile corpus: PNGs (real, garbage, bombs by header), damaged fonts and SVGs
// that reach outside themselves. Plain JavaScript so vitest, the e2e tests (node --test) and the
// corpus script all import the same code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width, height) {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return chunk('IHDR', data);
}

/** A real RGBA PNG of one colour. */
export function makePng(width, height, [r, g, b, a = 255] = [255, 0, 0]) {
  const row = Buffer.alloc(1 + 4 * width);
  for (let x = 0; x < width; x++) row.set([r, g, b, a], 1 + 4 * x);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([signature, ihdr(width, height), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** A PNG whose header claims `width` x `height` pixels over a few bytes of data: decoding it would take gigabytes. */
export function makePngBomb(width, height) {
  return new Uint8Array(
    Buffer.concat([
      signature,
      ihdr(width, height),
      chunk('IDAT', deflateSync(Buffer.alloc(1024))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** Broken PNGs: each a different way a file lies about being a PNG. */
export function makeBrokenPngs() {
  const good = makePng(8, 8);
  const badCrc = Buffer.from(good);
  badCrc[29] ^= 0xff;
  return {
    garbage: new Uint8Array(Buffer.from('this is not a picture at all, just text pretending to be one')),
    'wrong-signature': new Uint8Array(Buffer.concat([Buffer.from('GIF89a'), Buffer.from(good.subarray(6))])),
    'header-only': good.subarray(0, 33),
    truncated: good.subarray(0, good.length - 20),
    'bad-crc': new Uint8Array(badCrc),
    'zero-size': new Uint8Array(Buffer.concat([signature, ihdr(0, 0), chunk('IEND', Buffer.alloc(0))])),
    empty: new Uint8Array(0),
    zeros: new Uint8Array(4096),
  };
}

export const dataUrl = (type, bytes) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/** The shipped regular font, the base every damaged font is made from. */
export function readShippedFont() {
  return new Uint8Array(
    readFileSync(require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf')),
  );
}

function findTable(bytes, tag) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) === tag)
      return { record, offset: view.getUint32(record + 8), view };
  }
  throw new Error(`no ${tag}`);
}

/** Fonts damaged the ways uploads have been seen damaged: cut short, zeroed, tables pointing outside the file. */
export function makeDamagedFonts() {
  const font = readShippedFont();
  const copy = () => new Uint8Array(font);
  const edit = (fn) => {
    const bytes = copy();
    fn(bytes);
    return bytes;
  };
  return {
    'truncated-half': font.subarray(0, font.length >> 1),
    'truncated-directory': font.subarray(0, 40),
    'truncated-tail': font.subarray(0, font.length - 1000),
    'units-per-em-0': edit((b) => findTable(b, 'head').view.setUint16(findTable(b, 'head').offset + 18, 0)),
    'hmetrics-0': edit((b) => findTable(b, 'hhea').view.setUint16(findTable(b, 'hhea').offset + 34, 0)),
    'hmtx-outside': edit((b) => findTable(b, 'hmtx').view.setUint32(findTable(b, 'hmtx').record + 8, b.length + 4096)),
    'cmap-outside': edit((b) => findTable(b, 'cmap').view.setUint32(findTable(b, 'cmap').record + 8, 0xfffffff0)),
    'glyf-zeroed': edit((b) => {
      const { offset, view, record } = findTable(b, 'glyf');
      b.fill(0, offset, offset + view.getUint32(record + 12));
    }),
    'loca-zeroed': edit((b) => {
      const { offset, view, record } = findTable(b, 'loca');
      b.fill(0xff, offset, offset + view.getUint32(record + 12));
    }),
    'all-zero': new Uint8Array(font.length),
    random: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251),
  };
}

/** SVGs that reach for things outside themselves, or are not what an SVG should be. */
export function makeHostileSvgs(localPicturePath = '/etc/hostname') {
  const wrap = (body, extra = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100" viewBox="0 0 100 100"${extra}>${body}</svg>`;
  const laughs = ['<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">'];
  for (let i = 1; i < 10; i++) laughs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return {
    'image-absolute-path': wrap(`<image href="${localPicturePath}" width="100" height="100"/>`),
    'image-file-url': wrap(`<image xlink:href="file://${localPicturePath}" width="100" height="100"/>`),
    'image-relative-path': wrap('<image href="../../etc/passwd.png" width="100" height="100"/>'),
    'image-http': wrap('<image href="http://127.0.0.1:9/beacon.png" width="100" height="100"/>'),
    'image-https': wrap('<image href="https://example.invalid/t.png" width="100" height="100"/>'),
    'use-external': wrap('<use href="other.svg#shape"/>'),
    'style-url': wrap(`<rect width="100" height="100" style="fill:url(file://${localPicturePath})"/>`),
    'style-import': wrap(
      `<style>@import url(http://127.0.0.1:9/x.css); rect{fill:url(${localPicturePath})}</style><rect width="100" height="100"/>`,
    ),
    'fill-url-external': wrap('<rect width="100" height="100" fill="url(http://127.0.0.1:9/p.svg#g)"/>'),
    'fe-image': wrap(
      `<filter id="f"><feImage href="${localPicturePath}"/></filter><rect width="100" height="100" filter="url(#f)"/>`,
    ),
    script: wrap('<script>window.__pwned = 1</script><rect width="10" height="10" onload="window.__pwned=1"/>'),
    'foreign-object': wrap(
      '<foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/"/></foreignObject>',
    ),
    'billion-laughs': `<?xml version="1.0"?>${laughs.join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text y="20">&lol9;</text></svg>`,
    'external-entity': `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file://${localPicturePath}">]><svg xmlns="http://www.w3.org/2000/svg"><text y="20">&xxe;</text></svg>`,
    'not-xml': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"><g></svg',
    'not-svg': '<html><body>hei</body></html>',
    'plain-text': 'hei, dette er ikke et bilde',
    'deep-nesting': wrap('<g>'.repeat(5000) + '</g>'.repeat(5000)),
    'many-elements': wrap('<rect width="1" height="1"/>'.repeat(150_000)),
    'huge-size': wrap('<rect width="100" height="100" fill="#f00"/>', ' width="1000000" height="1000000"').replace(
      'width="100" height="100" viewBox',
      'viewBox',
    ),
  };
}
