// Glyph outlines from a TrueType font's glyf table, as SVG path data in font units (y up turned to
// y down). Enough of the format for the shipped fonts: simple and composite glyphs, quadratic
// curves. Lives in the export path only; the first page load never needs it.
import { readCharacterMap, readTableDirectory } from '@/layout/ttf';
import { round } from '@/model/round';

export type OutlineFont = {
  unitsPerEm: number;
  /** The glyph for a code point; 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  advance(glyph: number): number;
  /** SVG path data in font units with y pointing down; '' for a glyph with no contours (a space). */
  pathOf(glyph: number): string;
};

type Point = { x: number; y: number; on: boolean };
type Matrix = [number, number, number, number, number, number];

const cache = new WeakMap<Uint8Array, OutlineFont>();

export function readOutlineFont(bytes: Uint8Array): OutlineFont {
  const known = cache.get(bytes);
  if (known) return known;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTableDirectory(data);
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table (outlines need a TrueType font)`);
    return offset;
  };
  const head = table('head');
  const longLoca = data.getInt16(head + 50) === 1;
  const numGlyphs = data.getUint16(table('maxp') + 4);
  const numberOfHMetrics = data.getUint16(table('hhea') + 34);
  const [loca, glyf, hmtx] = [table('loca'), table('glyf'), table('hmtx')];
  const glyphOf = readCharacterMap(data, table('cmap'));
  const location = (glyph: number) =>
    longLoca ? data.getUint32(loca + 4 * glyph) : 2 * data.getUint16(loca + 2 * glyph);

  function contoursOf(glyph: number, m: Matrix, depth = 0): Point[][] {
    if (glyph >= numGlyphs || depth > 8) return [];
    const start = location(glyph);
    if (location(glyph + 1) === start) return [];
    const at = glyf + start;
    const count = data.getInt16(at);
    return count >= 0 ? readSimple(at, count, m) : readComposite(at + 10, m, depth);
  }

  function readSimple(at: number, count: number, m: Matrix): Point[][] {
    const ends: number[] = [];
    for (let i = 0; i < count; i++) ends.push(data.getUint16(at + 10 + 2 * i));
    const points = count ? ends[count - 1] + 1 : 0;
    let p = at + 10 + 2 * count;
    p += 2 + data.getUint16(p);
    const flags: number[] = [];
    while (flags.length < points) {
      const flag = data.getUint8(p++);
      flags.push(flag);
      if (flag & 8) for (let r = data.getUint8(p++); r > 0; r--) flags.push(flag);
    }
    const readAxis = (short: number, same: number) => {
      const values: number[] = [];
      let value = 0;
      for (const flag of flags) {
        if (flag & short) value += flag & same ? data.getUint8(p++) : -data.getUint8(p++);
        else if (!(flag & same)) ((value += data.getInt16(p)), (p += 2));
        values.push(value);
      }
      return values;
    };
    const xs = readAxis(2, 16);
    const ys = readAxis(4, 32);
    const contours: Point[][] = [];
    let first = 0;
    for (const end of ends) {
      const contour: Point[] = [];
      for (let i = first; i <= end; i++)
        contour.push({
          x: m[0] * xs[i] + m[2] * ys[i] + m[4],
          y: m[1] * xs[i] + m[3] * ys[i] + m[5],
          on: (flags[i] & 1) === 1,
        });
      contours.push(contour);
      first = end + 1;
    }
    return contours;
  }

  function readComposite(at: number, m: Matrix, depth: number): Point[][] {
    const contours: Point[][] = [];
    const f2dot14 = (offset: number) => data.getInt16(offset) / 16384;
    for (let more = true; more;) {
      const flags = data.getUint16(at);
      const component = data.getUint16(at + 2);
      at += 4;
      const words = flags & 1;
      const dx = words ? data.getInt16(at) : data.getInt8(at);
      const dy = words ? data.getInt16(at + 2) : data.getInt8(at + 1);
      at += words ? 4 : 2;
      let [a, b, c, d] = [1, 0, 0, 1];
      if (flags & 8) ((a = d = f2dot14(at)), (at += 2));
      else if (flags & 0x40) ((a = f2dot14(at)), (d = f2dot14(at + 2)), (at += 4));
      else if (flags & 0x80)
        ((a = f2dot14(at)), (b = f2dot14(at + 2)), (c = f2dot14(at + 4)), (d = f2dot14(at + 6)), (at += 8));
      // Offsets given as point numbers (flag 2 clear) do not occur in the shipped fonts; placed at the origin.
      const [ox, oy] = flags & 2 ? [dx, dy] : [0, 0];
      const local: Matrix = [a, b, c, d, ox, oy];
      const combined: Matrix = [
        m[0] * local[0] + m[2] * local[1],
        m[1] * local[0] + m[3] * local[1],
        m[0] * local[2] + m[2] * local[3],
        m[1] * local[2] + m[3] * local[3],
        m[0] * local[4] + m[2] * local[5] + m[4],
        m[1] * local[4] + m[3] * local[5] + m[5],
      ];
      contours.push(...contoursOf(component, combined, depth + 1));
      more = (flags & 0x20) !== 0;
    }
    return contours;
  }

  const paths = new Map<number, string>();
  const font: OutlineFont = {
    unitsPerEm: data.getUint16(head + 18),
    glyphOf,
    advance: (glyph) => data.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)),
    pathOf(glyph) {
      let d = paths.get(glyph);
      if (d === undefined) paths.set(glyph, (d = contoursOf(glyph, [1, 0, 0, -1, 0, 0]).map(toPathData).join('')));
      return d;
    },
  };
  cache.set(bytes, font);
  return font;
}

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });

/** One closed contour of on- and off-curve points as M/L/Q commands; two off-curve points in a row imply an on-curve one between them. */
function toPathData(contour: Point[]): string {
  if (contour.length === 0) return '';
  const startIndex = contour.findIndex((p) => p.on);
  const start = startIndex >= 0 ? contour[startIndex] : mid(contour[0], contour[contour.length - 1]);
  const ordered = startIndex >= 0 ? [...contour.slice(startIndex + 1), ...contour.slice(0, startIndex)] : contour;
  let d = `M${round(start.x, 1)} ${round(start.y, 1)}`;
  let control: Point | undefined;
  for (const point of [...ordered, start]) {
    if (point.on) {
      d += control
        ? `Q${round(control.x, 1)} ${round(control.y, 1)} ${round(point.x, 1)} ${round(point.y, 1)}`
        : `L${round(point.x, 1)} ${round(point.y, 1)}`;
      control = undefined;
    } else {
      if (control) {
        const between = mid(control, point);
        d += `Q${round(control.x, 1)} ${round(control.y, 1)} ${round(between.x, 1)} ${round(between.y, 1)}`;
      }
      control = point;
    }
  }
  return `${d}Z`;
}
