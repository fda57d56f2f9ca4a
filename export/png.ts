// PNG bytes: the chunks we write ourselves (pHYs for the resolution) and an encoder that takes the
// picture a strip of rows at a time, so a poster at 300 dpi never needs one huge canvas.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

export function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, (crc32(chunk.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return chunk;
}

/** The pHYs chunk: pixels per metre, so Word and InDesign place the image at its physical size. */
export function makePhysChunk(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const perMetre = Math.round(dpi / 0.0254);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return makeChunk('pHYs', data);
}

/** A PNG with its pHYs chunk set to `dpi` (any pHYs already there is replaced). */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    if (type === 'IHDR') parts.push(makePhysChunk(dpi));
    at = end;
  }
  return concatBytes(parts);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** What `new CompressionStream('deflate')` is, in the browser and in Node. */
export type DeflateStream = { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

export type PngImage = {
  width: number;
  height: number;
  dpi: number;
  /** RGBA rows, a strip at a time, top to bottom; together exactly `height` rows. */
  strips: AsyncIterable<Uint8Array>;
  /** zlib compression as a stream: `new CompressionStream('deflate')` in the browser and in Node. */
  createDeflate: () => DeflateStream;
};

/** An 8-bit RGBA PNG; rows are written unfiltered and compressed as they come. */
export async function encodePng(image: PngImage): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, image.width);
  view.setUint32(4, image.height);
  header.set([8, 6, 0, 0, 0], 8);
  const deflate = image.createDeflate();
  const writer = deflate.writable.getWriter();
  const compressed = collect(deflate.readable);
  const stride = image.width * 4;
  let rows = 0;
  for await (const strip of image.strips) {
    const count = strip.length / stride;
    const filtered = new Uint8Array(count * (stride + 1));
    for (let y = 0; y < count; y++) filtered.set(strip.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    await writer.write(filtered);
    rows += count;
  }
  await writer.close();
  if (rows !== image.height) throw new Error(`PNG: ${rows} rows, expected ${image.height}`);
  return concatBytes([SIGNATURE, makeChunk('IHDR', header), makePhysChunk(image.dpi), makeChunk('IDAT', await compressed), makeChunk('IEND', new Uint8Array())]);
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(parts);
    parts.push(value);
  }
}
