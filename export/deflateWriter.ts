// A deflate stream (RFC 1951) in one block with the fixed Huffman codes: literals and matches only,
// no searching. The caller knows where the repeats are (runs of pixels), so it needs no match finder;
// that is what makes it many times faster than zlib on a poster's large flat areas.

/** Bits of a code, reversed: deflate packs Huffman codes from their most significant bit. */
function reverse(code: number, length: number): number {
  let out = 0;
  for (let i = 0; i < length; i++) out |= ((code >>> i) & 1) << (length - 1 - i);
  return out;
}

/** Fixed literal/length code of a symbol 0..287 as [bits, length] (RFC 1951 3.2.6). */
function getFixedCode(symbol: number): [number, number] {
  if (symbol < 144) return [reverse(0x30 + symbol, 8), 8];
  if (symbol < 256) return [reverse(0x190 + symbol - 144, 9), 9];
  if (symbol < 280) return [reverse(symbol - 256, 7), 7];
  return [reverse(0xc0 + symbol - 280, 8), 8];
}

const LITERAL_BITS = new Uint32Array(256);
const LITERAL_LENGTH = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) [LITERAL_BITS[byte], LITERAL_LENGTH[byte]] = getFixedCode(byte);

// Length codes 257..285: base length and extra bits.
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** Distances the writer offers (one pixel back, one byte back), each with its 5-bit fixed distance code 0..3. */
export const DISTANCES = [1, 4] as const;
export type Distance = (typeof DISTANCES)[number];

/** For each distance and match length 3..258: the length code, its extra bits and the distance code, as one bit string. */
const MATCH_BITS = DISTANCES.map(() => new Uint32Array(259));
const MATCH_LENGTH = DISTANCES.map(() => new Uint8Array(259));
for (let code = 0; code < LENGTH_BASE.length; code++) {
  const last = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] - 1 : 258;
  for (let length = LENGTH_BASE[code]; length <= last; length++) {
    const [bits, size] = getFixedCode(257 + code);
    const extra = LENGTH_EXTRA[code];
    DISTANCES.forEach((distance, d) => {
      const distanceCode = distance - 1; // codes 0..3 are distances 1..4, with no extra bits
      MATCH_BITS[d][length] = bits | ((length - LENGTH_BASE[code]) << size) | (reverse(distanceCode, 5) << (size + extra));
      MATCH_LENGTH[d][length] = size + extra + 5;
    });
  }
}

export class FixedDeflateWriter {
  private out: Uint8Array;
  private at = 0;
  private bits = 0;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.out = new Uint8Array(capacity);
    // BFINAL = 1, BTYPE = 01 (fixed codes): the whole stream is this one block.
    this.put(0b011, 3);
  }

  /** Room for `bytes` more literals' worth of output (9 bits each at most). */
  reserve(bytes: number): void {
    const needed = this.at + Math.ceil((bytes * 9) / 8) + 8;
    if (needed <= this.out.length) return;
    const grown = new Uint8Array(Math.max(needed, this.out.length * 2));
    grown.set(this.out.subarray(0, this.at));
    this.out = grown;
  }

  private put(bits: number, length: number): void {
    this.bits |= bits << this.count;
    this.count += length;
    while (this.count >= 8) {
      this.out[this.at++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }

  literal(byte: number): void {
    this.put(LITERAL_BITS[byte], LITERAL_LENGTH[byte]);
  }

  /** `length` bytes (any number from 3 up) that repeat the ones `distance` bytes back. */
  repeat(length: number, distance: Distance): void {
    const d = distance === 1 ? 0 : 1;
    while (length > 0) {
      // Pieces of at most 258; never leave a tail under 3, which no match can hold.
      const piece = length > 258 && length < 261 ? length - 3 : Math.min(length, 258);
      this.put(MATCH_BITS[d][piece], MATCH_LENGTH[d][piece]);
      length -= piece;
    }
  }

  /** Where the stream stands, to go back to with `rewind` (before anything is taken). */
  mark(): readonly [number, number, number] {
    return [this.at, this.bits, this.count];
  }

  rewind([at, bits, count]: readonly [number, number, number]): void {
    [this.at, this.bits, this.count] = [at, bits, count];
  }

  /** The whole bytes written since the last call (a bit or few may wait for the next). */
  take(): Uint8Array {
    const bytes = this.out.slice(0, this.at);
    this.at = 0;
    return bytes;
  }

  /** Ends the block (end-of-block code, then padding to a byte) and returns the last bytes. */
  end(): Uint8Array {
    this.put(0, 7); // symbol 256 is seven zero bits
    if (this.count > 0) this.put(0, 8 - this.count);
    return this.take();
  }
}
