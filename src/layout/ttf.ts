// Reads the few tables of a TrueType/OpenType file that text measuring needs:
// units per em, vertical metrics, the character map and the advance widths.
// Small on purpose: a full font library would add ~70 KB gzip to the first page load.

export type FontMetrics = {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  capHeight: number;
  /** Advance width of a code point in font units; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
};

/**
 * Throws an Error saying what is wrong when the file is not a font this code can read safely:
 * every table inside the file, units per em and the horizontal metrics usable. Checked here, once,
 * so a damaged upload is refused when it is read and never fails later inside a layout or an export.
 */
export function readFontMetrics(bytes: ArrayBuffer | Uint8Array): FontMetrics {
  const data =
    bytes instanceof Uint8Array ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new DataView(bytes);
  const tables = readTableDirectory(data);
  const lengths = readTableLengths(data);
  const table = (tag: string, minLength: number) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    if ((lengths.get(tag) ?? 0) < minLength) throw new Error(`font's ${tag} table is too short`);
    return offset;
  };
  const head = table('head', 54);
  const hhea = table('hhea', 36);
  const unitsPerEm = data.getUint16(head + 18);
  if (unitsPerEm < 16 || unitsPerEm > 16384) throw new Error(`font's unitsPerEm is ${unitsPerEm}`);
  const ascender = data.getInt16(hhea + 4);
  const descender = data.getInt16(hhea + 6);
  const numberOfHMetrics = data.getUint16(hhea + 34);
  if (numberOfHMetrics === 0) throw new Error('font has no horizontal metrics');
  const hmtx = table('hmtx', 4 * numberOfHMetrics);
  const os2 = tables.get('OS/2');
  const capHeight =
    os2 !== undefined && (lengths.get('OS/2') ?? 0) >= 90 && data.getUint16(os2) >= 2
      ? data.getInt16(os2 + 88)
      : Math.round(ascender * 0.7);
  const lookup = readCharacterMap(data, table('cmap', 4));
  // A character map whose ranges point past its table reads as "no glyph", never as an exception.
  const glyphOf = (codePoint: number) => {
    try {
      return lookup(codePoint);
    } catch {
      return 0;
    }
  };
  const widthCache = new Map<number, number | undefined>();

  return {
    unitsPerEm,
    ascender,
    descender,
    capHeight,
    advance(codePoint) {
      if (widthCache.has(codePoint)) return widthCache.get(codePoint);
      const glyph = glyphOf(codePoint);
      const width = glyph === 0 ? undefined : data.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
      widthCache.set(codePoint, width);
      return width;
    },
  };
}

/** Table offsets by tag; throws when the directory or a table lies outside the file. */
export function readTableDirectory(data: DataView): Map<string, number> {
  return new Map([...readTableRecords(data)].map(([tag, record]) => [tag, record.offset]));
}

function readTableLengths(data: DataView): Map<string, number> {
  return new Map([...readTableRecords(data)].map(([tag, record]) => [tag, record.length]));
}

function readTableRecords(data: DataView): Map<string, { offset: number; length: number }> {
  if (data.byteLength < 12) throw new Error('font file is too short');
  const count = data.getUint16(4);
  if (12 + 16 * count > data.byteLength) throw new Error('font table directory lies outside the file');
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(
      data.getUint8(record),
      data.getUint8(record + 1),
      data.getUint8(record + 2),
      data.getUint8(record + 3),
    );
    const offset = data.getUint32(record + 8);
    const length = data.getUint32(record + 12);
    if (offset + length > data.byteLength) throw new Error(`font table ${tag} lies outside the file`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

/** Returns a lookup from code point to glyph index, from a Unicode cmap subtable (format 12 or 4). */
export function readCharacterMap(data: DataView, cmap: number): (codePoint: number) => number {
  const count = data.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = data.getUint16(cmap + 4 + 8 * i);
    const encoding = data.getUint16(cmap + 6 + 8 * i);
    const offset = cmap + data.getUint32(cmap + 8 + 8 * i);
    const format = data.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(data, offset);
    if (format === 4) format4 ??= offset;
  }
  if (format4 === undefined) throw new Error('font has no Unicode character map');
  return format4Lookup(data, format4);
}

function format12(data: DataView, offset: number): (codePoint: number) => number {
  const groups = data.getUint32(offset + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const group = offset + 16 + 12 * mid;
      const start = data.getUint32(group);
      const end = data.getUint32(group + 4);
      if (codePoint < start) high = mid - 1;
      else if (codePoint > end) low = mid + 1;
      else return data.getUint32(group + 8) + (codePoint - start);
    }
    return 0;
  };
}

function format4Lookup(data: DataView, offset: number): (codePoint: number) => number {
  const segments = data.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > data.getUint16(ends + 2 * i)) continue;
      const start = data.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = data.getInt16(deltas + 2 * i);
      const rangeOffset = data.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = data.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
