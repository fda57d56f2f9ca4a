import type { Band, TrappDocument } from '@/model/types';
import type { TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { getRangeIndices } from './stepColumns';
import { placeText, type TextBlock } from './textBlock';
import { fitText, type FittedText } from './wrap';

export type BandGeometry = {
  bandId: string;
  /** The tinted strip behind the band's steps. */
  strip: Box;
  /** Where steps stand in rows: the band's strip, rule and label again in each higher row it runs on into. */
  continued?: { strip: Box; rule: BandGeometry['rule']; label: TextBlock }[];
  /** The rule beside the label, spanning the band's steps. */
  rule: { x: number; y1: number; y2: number };
  label: TextBlock;
  fill: string;
};

/** A band's label in capitals, shrunk and wrapped to fit. */
export function fitBandLabel(
  measurer: TextMeasurer,
  doc: TrappDocument,
  band: Band,
  scale: number,
  maxWidth: number,
  maxHeight: number,
): FittedText {
  return fitText(measurer, band.label.toUpperCase(), {
    face: { family: doc.theme.headingFont, weight: 600 },
    size: 10 * scale,
    minSize: 7 * scale,
    lineHeight: 1.2,
    maxWidth,
    maxHeight,
  });
}

/** The band's own colour, or the theme's band colour for its place. */
export function getBandFill(doc: TrappDocument, bandIndex: number): string {
  const band = doc.bands[bandIndex];
  return band.colour ?? doc.theme.bandColours[bandIndex % doc.theme.bandColours.length];
}

/** Each band as a tinted strip behind its steps, labelled in the column at the left. */
export function layoutBands(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  area: { left: number; right: number; column: number; gap: number },
  scale: number,
  overflows: Overflow[],
): BandGeometry[] {
  const stepIds = doc.steps.map((step) => step.id);
  return doc.bands.flatMap((band, bandIndex) => {
    const range = getRangeIndices(stepIds, band);
    if (!range) return [];
    const [first, last] = range;
    const yTop = steps[last].y - area.gap / 2;
    const yBottom = steps[first].y + steps[first].h + area.gap / 2;
    const labelWidth = area.column - 10 * scale;
    const fitted = fitBandLabel(measurer, doc, band, scale, labelWidth, yBottom - yTop);
    if (fitted.overflow) overflows.push({ kind: 'band', id: band.id, field: 'label' });
    const ruleX = area.left + 1.5 * scale;
    const label = placeText(measurer, fitted, ruleX + 8 * scale, yTop + (yBottom - yTop - fitted.height) / 2);
    return [
      {
        bandId: band.id,
        strip: { x: area.left, y: yTop, w: area.right - area.left, h: yBottom - yTop },
        rule: { x: ruleX, y1: yTop + 3 * scale, y2: yBottom - 3 * scale },
        label,
        fill: getBandFill(doc, bandIndex),
      },
    ];
  });
}
