// The overview's frame around the staircase: the header (municipality, title, intro) at the top, the
// footnote and the axis arrow at the bottom. Each returns where the staircase's region then ends.
import type { TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

export type OverviewHeader = { municipality: TextBlock; title: TextBlock; intro?: TextBlock; box: Box };
export type OverviewAxis = {
  from: { x: number; y: number };
  to: { x: number; y: number };
  label: TextBlock;
  start?: TextBlock;
  end?: TextBlock;
};

/** The page's margin and text width, and its scale (what one point of the A3 design measures here). */
export type OverviewFrame = { margin: number; contentWidth: number; scale: number };

const heading = (doc: TrappDocument, weight: 400 | 600 | 700): FontFace => ({ family: doc.theme.headingFont, weight });
const body = (doc: TrappDocument, weight: 400 | 600 | 700): FontFace => ({ family: doc.theme.bodyFont, weight });

/**
 * "Lillesand kommune" from "Lillesand"; the word is the same in bokmål and nynorsk. A name that
 * already says what it is stays as written: "Voss herad", "Nordland fylkeskommune", "Bydel Frogner".
 */
export function getMunicipalityName(doc: TrappDocument): string {
  const name = doc.meta.municipality.trim();
  return /(kommune|herad)$/i.test(name) || /^bydel\b/i.test(name) || name === '' ? name : `${name} kommune`;
}

/** Municipality, title and intro from the top margin down, each shrunk (to 70 %) before it is cut. */
export function layoutOverviewHeader(
  measurer: TextMeasurer,
  doc: TrappDocument,
  { margin, contentWidth, scale }: OverviewFrame,
  overflows: Overflow[],
): OverviewHeader {
  const u = (value: number) => value * scale;
  const fitHeader = (text: string, face: FontFace, size: number, maxWidth: number, maxLines: number, field: string) => {
    const fitted = fitText(measurer, text, {
      face,
      size: u(size),
      minSize: u(size * 0.7),
      lineHeight: 1.2,
      maxWidth,
      maxHeight: u(size) * 1.2 * maxLines,
    });
    if (fitted.overflow) overflows.push({ kind: 'header', id: 'header', field });
    return fitted;
  };
  let cursor = margin;
  const municipality = placeText(
    measurer,
    fitHeader(getMunicipalityName(doc).toUpperCase(), heading(doc, 600), 11, contentWidth, 1, 'municipality'),
    margin,
    cursor,
  );
  cursor += municipality.box.h + u(2);
  const title = placeText(
    measurer,
    fitHeader(doc.meta.title, heading(doc, 700), 26, contentWidth, 2, 'title'),
    margin,
    cursor,
  );
  cursor += title.box.h;
  let intro: TextBlock | undefined;
  if (doc.meta.intro.trim()) {
    cursor += u(4);
    intro = placeText(
      measurer,
      fitHeader(doc.meta.intro, body(doc, 400), 11, contentWidth * 0.62, 3, 'intro'),
      margin,
      cursor,
    );
    cursor += intro.box.h;
  }
  return { municipality, title, intro, box: { x: margin, y: margin, w: contentWidth, h: cursor - margin } };
}

/** The footnote in one line above the bottom margin; `bottom` is what is left above it. */
export function layoutFootnote(
  measurer: TextMeasurer,
  doc: TrappDocument,
  { margin, contentWidth, scale }: OverviewFrame,
  bottom: number,
  overflows: Overflow[],
): { footer?: TextBlock; bottom: number } {
  if (!doc.meta.footnote.trim()) return { bottom };
  const u = (value: number) => value * scale;
  const fitted = fitText(measurer, doc.meta.footnote, {
    face: body(doc, 400),
    size: u(9),
    minSize: u(7),
    lineHeight: 1.2,
    maxWidth: contentWidth,
    maxHeight: u(9) * 1.2,
  });
  if (fitted.overflow) overflows.push({ kind: 'header', id: 'footer', field: 'footnote' });
  return {
    footer: placeText(measurer, fitted, margin, bottom - fitted.height),
    bottom: bottom - fitted.height - u(10),
  };
}

/** The axis arrow under the staircase, from its first step's side to its last, with its label and ends under it. */
export function layoutAxis(
  measurer: TextMeasurer,
  doc: TrappDocument,
  span: { left: number; right: number; rightward: boolean },
  scale: number,
  bottom: number,
): { axis: OverviewAxis; bottom: number } {
  const { left, right, rightward } = span;
  const u = (value: number) => value * scale;
  const labelSize = u(10);
  const arrowY = bottom - labelSize * 1.3 - u(6);
  const [fromX, toX] = rightward ? [left, right] : [right, left];
  const fit = (text: string) =>
    fitText(measurer, text, {
      face: body(doc, 600),
      size: labelSize,
      minSize: labelSize * 0.8,
      lineHeight: 1.2,
      maxWidth: (right - left) / 3,
      maxHeight: labelSize * 1.2,
    });
  const labelTop = arrowY + u(5);
  const axis = {
    from: { x: fromX, y: arrowY },
    to: { x: toX, y: arrowY },
    label: placeText(measurer, fit(doc.axis.label), (left + right) / 2, labelTop, 'middle'),
    start: doc.axis.start
      ? placeText(measurer, fit(doc.axis.start), fromX, labelTop, rightward ? 'start' : 'end')
      : undefined,
    end: doc.axis.end ? placeText(measurer, fit(doc.axis.end), toX, labelTop, rightward ? 'end' : 'start') : undefined,
  };
  return { axis, bottom: arrowY - u(14) };
}
