// A deflate stream (RFC 1951) in one block: literals and matches only, no searching. The caller knows
// where the repeats are (runs of pixels), so it needs no match finder; that is what makes it many
// times faster than zlib on a poster's large flat areas. The block's Huffman code is chosen once for
// pictures like ours, not counted per picture: a repeat of the longest length (258 bytes, most of a
// flat row) costs 3 bits instead of the fixed code's 13, every literal 8 or 9 bits as before.

/** Bits of a code, reversed: deflate packs Huffman codes from their most significant bit. */
function reverse(code: number, length: number): number {
  let out = 0;
  for (let i = 0; i < length; i++) out |= ((code >>> i) & 1) << (length - 1 - i);
  return out;
}

/** The canonical Huffman codes for these code lengths (RFC 1951 3.2.2), reversed for writing. */
function getCodes(lengths: readonly number[]): number[] {
  const count = new Array<number>(16).fill(0);
  for (const length of lengths) if (length) count[length]++;
  const next = new Array<number>(16).fill(0);
  for (let bits = 1, code = 0; bits < 16; bits++) next[bits] = code = (code + count[bits - 1]) << 1;
  return lengths.map((length) => (length ? reverse(next[length]++, length) : 0));
}

// Literal/length code: the small and large byte values (differences near zero, either way) in 8
// bits, other bytes, the end of block and lengths 3..257 in 9, length 258 in 2 (Kraft sum exactly 1).
const LITERAL_LENGTHS = Array.from({ length: 286 }, (_, symbol) =>
  symbol === 285 ? 2 : symbol <= 48 || (symbol >= 206 && symbol <= 255) ? 8 : 9,
);
const LITERAL_CODES = getCodes(LITERAL_LENGTHS);
// Distance code: distance codes 0 and 3 (one byte and one pixel back), one bit each.
const DISTANCE_LENGTHS = [1, 0, 0, 1];
const DISTANCE_CODES = getCodes(DISTANCE_LENGTHS);
// The code that codes the code lengths above: symbols 9, 8, 0, 1, 2 (complete, as zlib requires).
const LENGTH_CODE_LENGTHS = [3, 4, 4, 0, 0, 0, 0, 0, 2, 1];
const LENGTH_CODE_CODES = getCodes(LENGTH_CODE_LENGTHS);
const LENGTH_CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// Length codes 257..285: base length and extra bits.
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** Distances the writer offers: one byte back and one pixel back (distance codes 0 and 3, no extra bits). */
export type Distance = 1 | 4;

/** For each distance and match length 3..258: the length code, its extra bits and the distance code, as one bit string. */
const MATCH_BITS = [new Uint32Array(259), new Uint32Array(259)];
const MATCH_LENGTH = [new Uint8Array(259), new Uint8Array(259)];
for (let code = 0; code < LENGTH_BASE.length; code++) {
  const last = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] - 1 : 258;
  const [bits, size, extra] = [LITERAL_CODES[257 + code], LITERAL_LENGTHS[257 + code], LENGTH_EXTRA[code]];
  for (let length = LENGTH_BASE[code]; length <= last; length++) {
    [0, 3].forEach((distanceCode, d) => {
      MATCH_BITS[d][length] =
        bits | ((length - LENGTH_BASE[code]) << size) | (DISTANCE_CODES[distanceCode] << (size + extra));
      MATCH_LENGTH[d][length] = size + extra + DISTANCE_LENGTHS[distanceCode];
    });
  }
}
const LITERAL_BITS = Uint32Array.from(LITERAL_CODES.slice(0, 256));
const LITERAL_SIZE = Uint8Array.from(LITERAL_LENGTHS.slice(0, 256));

export class DeflateWriter {
  private out: Uint8Array;
  private at = 0;
  private bits = 0;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.out = new Uint8Array(Math.max(capacity, 256)); // the header takes about 100 bytes
    this.writeHeader();
  }

  /** BFINAL = 1 and BTYPE = 10 (the whole stream is this one block, with its own code), then that code. */
  private writeHeader(): void {
    this.put(0b101, 3);
    this.put(LITERAL_LENGTHS.length - 257, 5);
    this.put(DISTANCE_LENGTHS.length - 1, 5);
    const used = LENGTH_CODE_ORDER.findLastIndex((symbol) => LENGTH_CODE_LENGTHS[symbol]) + 1;
    this.put(used - 4, 4);
    for (const symbol of LENGTH_CODE_ORDER.slice(0, used)) this.put(LENGTH_CODE_LENGTHS[symbol] ?? 0, 3);
    for (const length of [...LITERAL_LENGTHS, ...DISTANCE_LENGTHS])
      this.put(LENGTH_CODE_CODES[length], LENGTH_CODE_LENGTHS[length]);
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
    this.put(LITERAL_BITS[byte], LITERAL_SIZE[byte]);
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
    this.put(LITERAL_CODES[256], LITERAL_LENGTHS[256]);
    if (this.count > 0) this.put(0, 8 - this.count);
    return this.take();
  }
}
