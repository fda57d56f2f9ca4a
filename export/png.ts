// PNG bytes: the chunks we write ourselves (pHYs for the resolution) and an encoder that takes the
// picture a strip of rows at a time, so a poster at 300 dpi never needs one huge canvas.
import { PngRowEncoder } from './pngRowEncoder';

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
  for (let at = 8; at < png.length;) {
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

/** The chunks before the image data: signature, header (8-bit RGBA) and resolution. */
export function makePngHead(width: number, height: number, dpi: number): Uint8Array[] {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  return [SIGNATURE, makeChunk('IHDR', header), makePhysChunk(dpi)];
}

export const makePngEnd = () => makeChunk('IEND', new Uint8Array());

export type PngImage = {
  width: number;
  height: number;
  dpi: number;
  /** RGBA rows, a strip at a time, top to bottom; together exactly `height` rows. */
  strips: AsyncIterable<Uint8Array | Uint8ClampedArray>;
};

/** An 8-bit RGBA PNG, each strip compressed into an IDAT chunk of its own as it comes, so only one strip's pixels are held at a time. */
export async function encodePng({ width, height, dpi, strips }: PngImage): Promise<Uint8Array> {
  const parts = makePngHead(width, height, dpi);
  const encoder = new PngRowEncoder(width);
  let rows = 0;
  for await (const strip of strips) {
    rows += strip.length / (width * 4);
    parts.push(makeChunk('IDAT', encoder.encode(strip)!));
  }
  if (rows !== height) throw new Error(`PNG: ${rows} rows, expected ${height}`);
  parts.push(makeChunk('IDAT', encoder.finish()), makePngEnd());
  return concatBytes(parts);
}
