// Fitting a text whose cut the editor must report: tracks, charts and figure bars fit their texts alike.
import type { FontFace, TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import { fitText, type FittedText } from './wrap';

/** Fits a text at `size`, shrinking to `minSize` (line height 1.2); a cut text is reported as `overflow` when given. */
export type OverflowFit = (
  text: string,
  face: FontFace,
  size: number,
  minSize: number,
  maxWidth: number,
  maxHeight: number,
  overflow?: Overflow,
) => FittedText;

/** An OverflowFit that reports into `overflows`; a width under 1 point counts as 1, so a squeezed column still wraps. */
export function createOverflowFit(measurer: TextMeasurer, overflows: Overflow[]): OverflowFit {
  return (text, face, size, minSize, maxWidth, maxHeight, overflow) => {
    const fitted = fitText(measurer, text, {
      face,
      size,
      minSize,
      lineHeight: 1.2,
      maxWidth: Math.max(1, maxWidth),
      maxHeight,
    });
    if (fitted.overflow && overflow) overflows.push(overflow);
    return fitted;
  };
}

/** Whose text was cut: the chart, track or step it belongs to. */
export type OverflowOwner = Pick<Overflow, 'kind' | 'id'>;

/** Fits a text in at most `lines` lines; a cut is reported as `field` of `owner` (or of the fit's own owner). */
export type LinesFit = (
  text: string,
  face: FontFace,
  size: number,
  minSize: number,
  maxWidth: number,
  lines: number,
  field: string,
  owner?: OverflowOwner,
) => FittedText;

/** A LinesFit for the texts of one chart or figure bar, reporting into `overflows`. */
export function createLinesFit(measurer: TextMeasurer, overflows: Overflow[], ownOwner: OverflowOwner): LinesFit {
  const fit = createOverflowFit(measurer, overflows);
  return (text, face, size, minSize, maxWidth, lines, field, owner = ownOwner) =>
    fit(text, face, size, minSize, maxWidth, size * 1.2 * lines, { ...owner, field });
}
