// SVG text as glyph outlines: each glyph used is defined once in <defs> and placed with <use>, at
// the advances the measurer used (no kerning, as everywhere), so lines break and sit exactly as in
// every other output, and the file needs no font at all.
import type { TextPrimitive } from '@/scene/primitives';
import { resolveFontKey, type FontBytes } from './fontBytes';
import { readOutlineFont } from './glyphOutlines';
import { escapeXml } from './svg';
import { round } from '@/model/round';

export type TextOutliner = {
  /** The text as placed glyph outlines; '' when nothing would show; undefined when its font has no TrueType outlines (then it stays text). */
  text(primitive: TextPrimitive): string | undefined;
  /** Every glyph used so far, to go in <defs>. */
  defs(): string;
};

const QUESTION_MARK = 0x3f;

/** An uploaded font may be CFF-flavoured OpenType, which has no glyf table. */
function readFont(bytes: Uint8Array) {
  try {
    return readOutlineFont(bytes);
  } catch {
    return undefined;
  }
}

export function createTextOutliner(fonts: FontBytes): TextOutliner {
  const ids = new Map<string, string>();
  const defs: string[] = [];
  const keys = [...fonts.keys()];
  const idFor = (key: string, glyph: number, d: string) => {
    const name = `${key}|${glyph}`;
    let id = ids.get(name);
    if (!id) {
      id = `glyph-${keys.indexOf(key)}-${glyph}`;
      ids.set(name, id);
      defs.push(`<path id="${id}" d="${d}"/>`);
    }
    return id;
  };
  return {
    text(p) {
      if (!p.text.trim()) return '';
      const key = resolveFontKey(p, fonts);
      const font = readFont(fonts.get(key)!);
      if (!font) return undefined;
      // A character the font lacks is measured as "?" wide; its .notdef box is drawn there.
      const fallbackAdvance = font.advance(font.glyphOf(QUESTION_MARK)) || font.unitsPerEm / 2;
      const uses: string[] = [];
      let advance = 0;
      for (const char of p.text) {
        const glyph = font.glyphOf(char.codePointAt(0)!);
        const d = font.pathOf(glyph);
        if (d) uses.push(`<use xlink:href="#${idFor(key, glyph, d)}"${advance ? ` x="${advance}"` : ''}/>`);
        advance += glyph ? font.advance(glyph) : fallbackAdvance;
      }
      if (uses.length === 0) return '';
      const scale = p.size / font.unitsPerEm;
      const width = advance * scale;
      const x = p.anchor === 'middle' ? p.x - width / 2 : p.anchor === 'end' ? p.x - width : p.x;
      // The scale is size / unitsPerEm (about 0.01): rounded to 3 decimals it would be off by up to 5 %, hence 7.
      return `<g role="img" aria-label="${escapeXml(p.text)}" fill="${escapeXml(p.fill)}" transform="matrix(${round(scale, 7)} 0 0 ${round(scale, 7)} ${round(x, 3)} ${round(p.y, 3)})">${uses.join('')}</g>`;
    },
    defs: () => defs.join('\n'),
  };
}
