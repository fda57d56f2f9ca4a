import { inflateRawSync, inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DeflateWriter } from './deflateWriter';
import { concatBytes, encodePng } from './png';
import { PngRowEncoder } from './pngRowEncoder';

/** A picture like a poster's: flat areas, boxes, runs of every length and antialiased noise. */
function makePoster(width: number, height: number, seed = 1): Uint8Array {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
  const pixels = new Uint8Array(width * height * 4).fill(255);
  for (let box = 0; box < 12; box++) {
    const [x0, y0] = [Math.floor(random() * width), Math.floor(random() * height)];
    const [w, h] = [Math.ceil(random() * width * 0.6), Math.ceil(random() * height * 0.5)];
    const colour = [random() * 256, random() * 256, random() * 256, box % 3 ? 255 : 128].map(Math.floor);
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++) pixels.set(colour, (y * width + x) * 4);
  }
  for (let i = 0; i < width * height * 0.05; i++)
    pixels[Math.floor(random() * pixels.length)] = Math.floor(random() * 256);
  return pixels;
}

async function* inBands(pixels: Uint8Array, width: number, heights: number[]) {
  let top = 0;
  for (const rows of heights) {
    yield pixels.slice(top * width * 4, (top + rows) * width * 4);
    top += rows;
  }
}

/** The pixels as pngjs reads them, after zlib has inflated the image data and checked its Adler-32 (pngjs does not). */
function decode(png: Uint8Array) {
  const idat: Uint8Array[] = [];
  const view = new DataView(png.buffer, png.byteOffset);
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + view.getUint32(at)));
  }
  inflateSync(concatBytes(idat));
  return PNG.sync.read(Buffer.from(png));
}

/** Premultiplied BGRA, as a canvas holds its pixels. */
function toCanvasMemory(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3];
    out.set(
      [rgba[i + 2], rgba[i + 1], rgba[i]].map((c) => Math.round((c * alpha) / 255)),
      i,
    );
    out[i + 3] = alpha;
  }
  return out;
}

describe('PNG row encoder', () => {
  it('writes a picture band by band that decodes (pngjs, zlib checking Adler-32) to the same pixels as one band', async () => {
    const [width, height] = [301, 97];
    const pixels = makePoster(width, height);
    const whole = decode(await encodePng({ width, height, dpi: 300, strips: inBands(pixels, width, [height]) }));
    const banded = decode(
      await encodePng({ width, height, dpi: 300, strips: inBands(pixels, width, [1, 40, 13, 43]) }),
    );
    expect(Buffer.from(whole.data).equals(Buffer.from(pixels))).toBe(true);
    expect(Buffer.from(banded.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('makes a flat picture far smaller than its pixels', async () => {
    const [width, height] = [2000, 500];
    const png = await encodePng({
      width,
      height,
      dpi: 72,
      strips: inBands(new Uint8Array(width * height * 4).fill(200), width, [250, 250]),
    });
    expect(png.length).toBeLessThan(width * height * 4 * 0.01);
  });

  it('keeps Adler-32 exact across a row as wide as a canvas, all of it different pixels', () => {
    const width = 16384;
    const pixels = new Uint8Array(width * 3 * 4).map((_, i) => (i * 7919) % 251);
    const encoder = new PngRowEncoder(width);
    const zlib = concatBytes([encoder.encode(pixels)!, encoder.finish()]);
    const raw = inflateSync(zlib); // throws on a wrong checksum
    expect(raw.length).toBe(3 * (width * 4 + 1));
  });

  it('takes premultiplied BGRA where every pixel is opaque, the same PNG as from RGBA', () => {
    const [width, height] = [64, 20];
    const pixels = makePoster(width, height, 7);
    for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
    const fromRgba = new PngRowEncoder(width);
    const fromCanvas = new PngRowEncoder(width);
    const rgba = concatBytes([fromRgba.encode(pixels)!, fromRgba.finish()]);
    const canvas = concatBytes([
      fromCanvas.encode(toCanvasMemory(pixels), { order: 'bgra', premultiplied: true })!,
      fromCanvas.finish(),
    ]);
    expect(Buffer.from(canvas).equals(Buffer.from(rgba))).toBe(true);
  });

  it('refuses a premultiplied band with a pixel that is not opaque, writing nothing, and goes on after it', () => {
    const [width, height] = [50, 30];
    const pixels = makePoster(width, height, 3);
    for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
    pixels[(25 * width + 10) * 4 + 3] = 100; // one pixel in the second band
    const encoder = new PngRowEncoder(width);
    const stride = width * 4;
    const parts = [
      encoder.encode(toCanvasMemory(pixels.subarray(0, 10 * stride)), { order: 'bgra', premultiplied: true })!,
    ];
    expect(
      encoder.encode(toCanvasMemory(pixels.subarray(10 * stride)), { order: 'bgra', premultiplied: true }),
    ).toBeUndefined();
    const firstRowOnly = pixels.slice(0, stride);
    firstRowOnly[3] = 0;
    expect(
      new PngRowEncoder(width).encode(toCanvasMemory(firstRowOnly), { order: 'bgra', premultiplied: true }),
    ).toBeUndefined();
    parts.push(encoder.encode(pixels.slice(10 * stride))!, encoder.finish());
    const raw = inflateSync(concatBytes(parts));
    // Undo the Up filter and compare with the picture.
    const out = new Uint8Array(pixels.length);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (stride + 1)]).toBe(2);
      for (let i = 0; i < stride; i++)
        out[y * stride + i] = (raw[y * (stride + 1) + 1 + i] + (y ? out[(y - 1) * stride + i] : 0)) & 0xff;
    }
    expect(Buffer.from(out).equals(Buffer.from(pixels))).toBe(true);
  });
});

describe('deflate writer', () => {
  it('writes repeats of every length from 3 to 1100, one pixel and one byte back, that zlib inflates', () => {
    const writer = new DeflateWriter(16);
    const expected: number[] = [];
    for (let length = 3; length <= 1100; length++) {
      const distance = length % 2 ? 1 : 4;
      const pixel = [length & 0xff, 200, 0, 255];
      writer.reserve(4 + length);
      for (const byte of pixel) (writer.literal(byte), expected.push(byte));
      writer.repeat(length, distance);
      for (let i = 0; i < length; i++) expected.push(expected[expected.length - distance]);
    }
    const deflated = concatBytes([writer.take(), writer.end()]);
    expect(inflateRawSync(deflated).equals(Buffer.from(expected))).toBe(true);
  });
});
