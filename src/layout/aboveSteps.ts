// Bands and callouts for steps standing side by side at one height: there is no free space beside
// a step, so both go above the row, lined up with the steps they belong to.
import type { TrappDocument } from '@/model/types';
import type { BandGeometry } from './bands';
import type { CalloutGeometry } from './callouts';
import type { TextMeasurer } from './fonts';
import type { Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { getRangeIndices } from './stepColumns';
import { placeText } from './textBlock';
import { fitText } from './wrap';

/** The height a band label takes above the row. */
export const BAND_LABEL_ROOM = 34;

/** Each band as a tinted strip behind its steps, reaching up over its label above them. */
export function layoutBandsAbove(measurer: TextMeasurer, doc: TrappDocument, steps: StepGeometry[], gap: number, scale: number, overflows: Overflow[]): BandGeometry[] {
  const stepIds = doc.steps.map((step) => step.id);
  return doc.bands.flatMap((band, bandIndex) => {
    const range = getRangeIndices(stepIds, band);
    if (!range || steps.length === 0) return [];
    const chosen = steps.slice(range[0], range[1] + 1);
    const left = Math.min(...chosen.map((s) => s.x)) - gap / 2;
    const right = Math.max(...chosen.map((s) => s.x + s.w)) + gap / 2;
    const stepsTop = Math.min(...chosen.map((s) => s.y));
    const bottom = Math.max(...chosen.map((s) => s.y + s.h)) + gap / 2;
    const top = stepsTop - BAND_LABEL_ROOM * scale;
    const fitted = fitText(measurer, band.label.toUpperCase(), {
      face: { family: doc.theme.headingFont, weight: 600 },
      size: 10 * scale,
      minSize: 7 * scale,
      lineHeight: 1.2,
      maxWidth: right - left - 14 * scale,
      maxHeight: (BAND_LABEL_ROOM - 6) * scale,
    });
    if (fitted.overflow) overflows.push({ kind: 'band', id: band.id, field: 'label' });
    const ruleX = left + 3 * scale;
    const labelTop = top + (stepsTop - top - fitted.height) / 2;
    const label = placeText(measurer, fitted, ruleX + 7 * scale, labelTop);
    const fill = band.colour ?? doc.theme.bandColours[bandIndex % doc.theme.bandColours.length];
    return [{ bandId: band.id, strip: { x: left, y: top, w: right - left, h: bottom - top }, rule: { x: ruleX, y1: labelTop, y2: labelTop + fitted.height }, label, fill }];
  });
}

/** A step's callout above its step (and above its band's label, `lift`), in the room over the row, kept inside [left, right]. */
export function layoutCalloutsAbove(measurer: TextMeasurer, doc: TrappDocument, steps: StepGeometry[], area: { left: number; right: number; top: number; lift: number }, scale: number, overflows: Overflow[]): CalloutGeometry[] {
  return doc.steps.flatMap((step, index) => {
    const headline = step.callout?.trim().split(/\n\s*\n/)[0] ?? '';
    const block = steps[index];
    if (!headline || !block) return [];
    const w = Math.min(220 * scale, area.right - area.left);
    const bottom = block.y - area.lift - 10 * scale;
    const maxHeight = Math.min(80 * scale, bottom - area.top);
    const fitted = fitText(measurer, headline, { face: { family: doc.theme.headingFont, weight: 600 }, size: 11 * scale, minSize: 7 * scale, lineHeight: 1.2, maxWidth: w - 10 * scale, maxHeight: Math.max(0, maxHeight) });
    if (fitted.overflow || fitted.lines.length === 0) {
      overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
      return [];
    }
    const x = Math.max(area.left, Math.min(area.right - w, block.x + block.w / 2 - w / 2));
    const box = { x, y: bottom - fitted.height, w, h: fitted.height };
    return [{ stepId: step.id, box, text: placeText(measurer, fitted, box.x + 10 * scale, box.y) }];
  });
}
