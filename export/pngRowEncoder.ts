// The image data of a PNG (the zlib stream its IDAT chunks hold), made a band of rows at a time.
// Every row takes the Up filter (each pixel minus the one above it, byte by byte), and a run of
// equal differences is written as one pixel and a repeat: on a poster most rows repeat the row
// above or change it in a few long runs, so this is near zlib's level 1 in size and many times
// faster than its default level, which took 0.9 s for an A1 at 300 dpi in Chromium.
import { DeflateWriter } from './deflateWriter';

const HIGH = 0x80808080;
const MOD = 65521; // Adler-32's modulus

/** a - b in each of the four bytes on their own (no borrow from one byte into the next). */
function subtractBytes(a: number, b: number): number {
  return (((a | HIGH) - (b & ~HIGH)) ^ ((a ^ ~b) & HIGH)) >>> 0;
}

/** Red and blue swapped: RGBA <-> BGRA, as 32-bit pixels. */
const swapRedBlue = (p: number) => ((p & 0xff00ff00) | ((p >>> 16) & 0xff) | ((p & 0xff) << 16)) >>> 0;

// Pixels are read as 32-bit words, which puts a pixel's first byte lowest on every platform a
// browser or Node runs on; a big-endian one would need the bytes swapped here.
if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('PNG encoder: little-endian platforms only');

/** How a band's bytes come: in RGBA order (getImageData) or BGRA (a canvas's own memory on most platforms). */
export type PixelOrder = 'rgba' | 'bgra';
export type BandFormat = {
  order: PixelOrder;
  /** Colours multiplied by alpha, as a canvas holds them: exact only where a pixel is opaque, so a band with any other is refused. */
  premultiplied: boolean;
};

export class PngRowEncoder {
  private readonly writer = new DeflateWriter();
  /** The last row of the band before, in `aboveOrder`; zeros above the first row, as PNG's filters take it. */
  private readonly above: Uint32Array;
  private aboveOrder: PixelOrder = 'rgba';
  private started = false;
  // Adler-32 of the uncompressed stream (filter bytes and filtered rows), reduced once a row.
  private a = 1;
  private b = 0;

  constructor(private readonly width: number) {
    this.above = new Uint32Array(width);
  }

  /**
   * Whole rows of 4-byte pixels, top to bottom; returns the zlib bytes finished so far, or
   * undefined (with nothing written) for premultiplied pixels that are not all opaque.
   */
  encode(
    pixelBytes: Uint8Array | Uint8ClampedArray,
    format: BandFormat = { order: 'rgba', premultiplied: false },
  ): Uint8Array | undefined {
    const width = this.width;
    if (pixelBytes.byteOffset % 4 || pixelBytes.length % (width * 4))
      throw new Error('PNG encoder: whole rows of 4-byte pixels expected');
    const pixels = new Uint32Array(pixelBytes.buffer, pixelBytes.byteOffset, pixelBytes.length / 4);
    const rows = pixels.length / width;
    if (format.order !== this.aboveOrder) {
      for (let x = 0; x < width; x++) this.above[x] = swapRedBlue(this.above[x]);
      this.aboveOrder = format.order;
    }
    // Opaque throughout if the first row is and no run below changes alpha (see encodeRow).
    if (format.premultiplied)
      for (let x = 0; x < width && rows > 0; x++) if (pixels[x] >>> 24 !== 0xff) return undefined;
    const mark = this.writer.mark();
    const adler = [this.a, this.b];
    for (let row = 0; row < rows; row++) {
      // Room for a row at a time: the worst case of a whole band (19 MB at A1, 300 dpi) is never near.
      this.writer.reserve(width * 4 + 1);
      const start = row * width;
      const done =
        row === 0
          ? this.encodeRow(pixels, start, this.above, 0, format.order, false)
          : this.encodeRow(pixels, start, pixels, start - width, format.order, format.premultiplied);
      if (!done) {
        this.writer.rewind(mark);
        [this.a, this.b] = adler;
        return undefined;
      }
    }
    if (rows > 0) this.above.set(pixels.subarray((rows - 1) * width));
    return this.withHeader(this.writer.take());
  }

  /** The last bytes: the end of the deflate block and the Adler-32 checksum. */
  finish(): Uint8Array {
    const tail = this.withHeader(this.writer.end());
    const out = new Uint8Array(tail.length + 4);
    out.set(tail);
    new DataView(out.buffer).setUint32(tail.length, ((this.b << 16) | this.a) >>> 0);
    return out;
  }

  /** The first bytes out get the zlib header: deflate, 32 KB window, no dictionary (0x78 0x01 passes its check). */
  private withHeader(bytes: Uint8Array): Uint8Array {
    if (this.started) return bytes;
    this.started = true;
    const out = new Uint8Array(bytes.length + 2);
    out.set([0x78, 0x01]);
    out.set(bytes, 2);
    return out;
  }

  /** One row; false if `checkAlpha` (the row above is opaque) and a pixel is not. */
  private encodeRow(
    pixels: Uint32Array,
    start: number,
    above: Uint32Array,
    aboveStart: number,
    order: PixelOrder,
    checkAlpha: boolean,
  ): boolean {
    const writer = this.writer;
    const width = this.width;
    const redShift = order === 'rgba' ? 0 : 16;
    const blueShift = 16 - redShift;
    let a = this.a + 2; // the filter type byte, 2 = Up
    let b = this.b + a;
    writer.literal(2);
    for (let x = 0; x < width;) {
      const difference = subtractBytes(pixels[start + x], above[aboveStart + x]);
      // Under an opaque pixel, a pixel is opaque exactly when the difference leaves alpha alone.
      if (checkAlpha && difference >>> 24 !== 0) return false;
      let end = x + 1;
      if (difference === 0) {
        // Most pixels sit in these runs (69 of 70 million in an A1 poster): four compared a turn.
        const last = width - 4;
        while (
          end <= last &&
          pixels[start + end] === above[aboveStart + end] &&
          pixels[start + end + 1] === above[aboveStart + end + 1] &&
          pixels[start + end + 2] === above[aboveStart + end + 2] &&
          pixels[start + end + 3] === above[aboveStart + end + 3]
        )
          end += 4;
        while (end < width && pixels[start + end] === above[aboveStart + end]) end++;
      } else while (end < width && subtractBytes(pixels[start + end], above[aboveStart + end]) === difference) end++;
      const c0 = (difference >>> redShift) & 0xff;
      const c1 = (difference >>> 8) & 0xff;
      const c2 = (difference >>> blueShift) & 0xff;
      const c3 = difference >>> 24;
      writer.literal(c0);
      writer.literal(c1);
      writer.literal(c2);
      writer.literal(c3);
      const n = end - x;
      if (n > 1) writer.repeat((n - 1) * 4, 4);
      // Adler-32 over n copies of the four bytes at once: a grows by n times their sum, b by
      // a for each byte plus each byte's value times the number of bytes from it to the end.
      const sum = c0 + c1 + c2 + c3;
      b += 4 * n * a + n * (2 * n + 2) * sum - n * (c1 + 2 * c2 + 3 * c3);
      a += n * sum;
      x = end;
    }
    // Without reducing, a and b stay exact doubles for rows far wider than a canvas can be.
    this.a = a % MOD;
    this.b = b % MOD;
    return true;
  }
}
