import type { FontFace, TextMeasurer } from './fonts';
import type { FittedText } from './wrap';

export type Anchor = 'start' | 'middle' | 'end';

/** Lines of text placed on the page: each line's x is where the anchor sits, y its baseline. */
export type TextBlock = {
  face: FontFace;
  size: number;
  anchor: Anchor;
  lines: { text: string; x: number; y: number }[];
  /** The box the block occupies (for tests and hit areas): top-left corner and size. */
  box: { x: number; y: number; w: number; h: number };
};

/** Puts fitted text with its top at `top`; each baseline is centred in its line box by the font's metrics. */
export function placeText(
  measurer: TextMeasurer,
  fitted: FittedText,
  x: number,
  top: number,
  anchor: Anchor = 'start',
): TextBlock {
  const font = measurer.metrics(fitted.face);
  const ascent = (font.ascender / font.unitsPerEm) * fitted.size;
  const descent = (-font.descender / font.unitsPerEm) * fitted.size;
  const baselineOffset = (fitted.lineHeight - (ascent + descent)) / 2 + ascent;
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - fitted.width / 2 : x - fitted.width;
  return {
    face: fitted.face,
    size: fitted.size,
    anchor,
    // Indents (a bullet's text wrapping under itself) apply to left-aligned text only.
    lines: fitted.lines.map((text, i) => ({
      text,
      x: x + (anchor === 'start' ? (fitted.indents?.[i] ?? 0) : 0),
      y: top + i * fitted.lineHeight + baselineOffset,
    })),
    box: { x: left, y: top, w: fitted.width, h: fitted.height },
  };
}
