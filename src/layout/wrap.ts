import type { FontFace, TextMeasurer } from './fonts';

export type TextBox = {
  face: FontFace;
  /** Preferred size; the text shrinks from here to `minSize` before it gives up. */
  size: number;
  minSize: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
  maxWidth: number;
  maxHeight: number;
  /** A paragraph that starts with this (a bullet) has its further lines indented by its width, under the text. */
  hanging?: string;
};

export type FittedText = {
  lines: string[];
  face: FontFace;
  size: number;
  lineHeight: number;
  width: number;
  height: number;
  /** True when the text could not be shown whole even at the minimum size (it was cut with an ellipsis). */
  overflow: boolean;
  /** Each line's indent from the left edge, where a bullet's text wraps under itself (`TextBox.hanging`). */
  indents?: number[];
};

const ELLIPSIS = '…';

/** Greedy line breaking at spaces; a word wider than the line is broken only when `breakWords` is set. */
export function wrapText(
  measurer: TextMeasurer,
  text: string,
  face: FontFace,
  size: number,
  maxWidth: number,
  breakWords = false,
): string[] {
  return wrapMeasured(measurer, text, face, size, maxWidth, breakWords).lines;
}

/** Wrapped lines as `wrapText` gives them, with each line's width (its indent included) and indent. */
export type WrappedLines = { lines: string[]; widths: number[]; indents: number[] };

/**
 * The lines and their widths. No renderer kerns, so a line's width is the sum of its words' and
 * spaces' widths: each word is measured once (and cached), however many lines are tried.
 */
export function wrapMeasured(
  measurer: TextMeasurer,
  text: string,
  face: FontFace,
  size: number,
  maxWidth: number,
  breakWords: boolean,
  hanging?: string,
): WrappedLines {
  const lines: string[] = [];
  const widths: number[] = [];
  const indents: number[] = [];
  const space = measurer.width(' ', face, size);
  const hangingWidth = hanging ? measurer.width(hanging, face, size) : 0;
  for (const paragraph of text.split('\n')) {
    // Break only at ordinary white space: a no-break space (as in "182 718") holds its words together.
    const words = paragraph.split(/[ \t\r\f\v]+/).filter(Boolean);
    // After its first line, a bulleted paragraph goes on under its text, not under the bullet.
    const indent = hanging && paragraph.startsWith(hanging) ? hangingWidth : 0;
    let lineIndent = 0;
    let line = '';
    let width = 0;
    const push = (text: string, textWidth: number) => {
      lines.push(text);
      widths.push(lineIndent + textWidth);
      indents.push(lineIndent);
      lineIndent = indent;
    };
    for (const word of words) {
      const wordWidth = measurer.width(word, face, size);
      const candidate = line ? width + space + wordWidth : wordWidth;
      if (lineIndent + candidate <= maxWidth) {
        line = line ? `${line} ${word}` : word;
        width = candidate;
        continue;
      }
      if (line) push(line, width);
      line = word;
      width = wordWidth;
      if (breakWords && lineIndent + wordWidth > maxWidth) {
        const pieces = breakWord(measurer, word, face, size, maxWidth - indent);
        for (const piece of pieces.slice(0, -1)) push(piece, measurer.width(piece, face, size));
        line = pieces[pieces.length - 1];
        width = measurer.width(line, face, size);
      }
    }
    push(line, width);
  }
  return { lines, widths, indents };
}

/** Breaks a word too wide for the line after a slash or hyphen where it can, between letters only where it must. */
function breakWord(measurer: TextMeasurer, word: string, face: FontFace, size: number, maxWidth: number): string[] {
  const parts = word.split(/(?<=[/-])/);
  const pieces: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (piece && measurer.width(piece + part, face, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    if (measurer.width(part, face, size) <= maxWidth || piece) {
      piece += part;
      continue;
    }
    for (const char of part) {
      if (piece && measurer.width(piece + char, face, size) > maxWidth) {
        pieces.push(piece);
        piece = char;
      } else piece += char;
    }
  }
  pieces.push(piece);
  return pieces;
}

/** Wraps, then shrinks towards the minimum size until the text fits the box; past that, cuts with an ellipsis. */
export function fitText(measurer: TextMeasurer, text: string, box: TextBox): FittedText {
  const result = (
    lines: string[],
    widths: number[],
    size: number,
    overflow: boolean,
    indents?: number[],
  ): FittedText => ({
    lines,
    face: box.face,
    size,
    lineHeight: size * box.lineHeight,
    width: Math.max(0, ...widths),
    height: lines.length * size * box.lineHeight,
    overflow,
    ...(indents?.some((indent) => indent > 0) ? { indents: indents.slice(0, lines.length) } : {}),
  });
  if (text.trim() === '') return result([], [], box.size, false);
  // Sizes from the preferred one down to the minimum in half points. Smaller type never needs more
  // lines (greedy wrapping with every width scaled alike), so whether it fits is monotone in the
  // size and the largest size that fits can be found by halving.
  const sizes: number[] = [];
  for (let size = box.size; size >= box.minSize - 1e-9; size -= 0.5) sizes.push(size);
  const attempt = (size: number) => {
    const { lines, widths, indents } = wrapMeasured(measurer, text, box.face, size, box.maxWidth, false, box.hanging);
    const fits =
      widths.every((width) => width <= box.maxWidth) && lines.length * size * box.lineHeight <= box.maxHeight + 1e-6;
    return fits ? result(lines, widths, size, false, indents) : undefined;
  };
  const first = sizes.length > 0 ? attempt(sizes[0]) : undefined;
  if (first) return first;
  let low = 1;
  let high = sizes.length - 1;
  let best: FittedText | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const fitted = attempt(sizes[mid]);
    if (fitted) {
      best = fitted;
      high = mid - 1;
    } else low = mid + 1;
  }
  if (best) return best;
  const size = box.minSize;
  const { lines, widths, indents } = wrapMeasured(measurer, text, box.face, size, box.maxWidth, true, box.hanging);
  const room = Math.max(0, Math.floor((box.maxHeight + 1e-6) / (size * box.lineHeight)));
  if (lines.length <= room) return result(lines, widths, size, false, indents);
  const kept = lines.slice(0, room);
  if (kept.length > 0)
    kept[kept.length - 1] = withEllipsis(
      measurer,
      kept[kept.length - 1],
      box.face,
      size,
      box.maxWidth - indents[kept.length - 1],
    );
  return result(
    kept,
    kept.map((line, i) => indents[i] + measurer.width(line, box.face, size)),
    size,
    true,
    indents,
  );
}

function withEllipsis(measurer: TextMeasurer, line: string, face: FontFace, size: number, maxWidth: number): string {
  let cut = line;
  while (cut && measurer.width(cut + ELLIPSIS, face, size) > maxWidth) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}
