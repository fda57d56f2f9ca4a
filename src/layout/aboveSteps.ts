// Bands and callouts for steps standing side by side in rows: there is no free space beside a
// step, so both go above its row, lined up with the steps they belong to. Each row keeps room for
// them: the band labels' strip right above the steps, and over it the row's callouts.
import type { TrappDocument } from '@/model/types';
import { fitBandLabel, getBandFill, type BandGeometry } from './bands';
import type { CalloutGeometry } from './callouts';
import type { TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import type { StaircasePlan, StepGeometry } from './staircase';
import { getRangeIndices } from './stepColumns';
import { getRowOf, type RowRoom } from './stepRows';
import { placeText, type TextBlock } from './textBlock';
import { fitText, type FittedText } from './wrap';

/** The height a band label takes above the row. */
export const BAND_LABEL_ROOM = 34;
const CALLOUT_MAX_HEIGHT = 80;
const CALLOUT_GAP = 10;

/** The first paragraph of a step's callout (its headline), which the overview shows. */
const getHeadline = (doc: TrappDocument, index: number) => doc.steps[index].callout?.trim().split(/\n\s*\n/)[0] ?? '';

const getCalloutWidth = (left: number, right: number, scale: number) => Math.min(220 * scale, right - left);

function fitCallout(
  measurer: TextMeasurer,
  doc: TrappDocument,
  headline: string,
  width: number,
  maxHeight: number,
  scale: number,
): FittedText {
  return fitText(measurer, headline, {
    face: { family: doc.theme.headingFont, weight: 600 },
    size: 11 * scale,
    minSize: 7 * scale,
    lineHeight: 1.2,
    maxWidth: width - 10 * scale,
    maxHeight: Math.max(0, maxHeight),
  });
}

/**
 * The room each row keeps: `bandRoom` for band labels and, when a step in the row has a callout,
 * the tallest of them above that; `markRoom` under the steps for change marks.
 */
export function getRowRooms(
  measurer: TextMeasurer,
  doc: TrappDocument,
  plan: StaircasePlan,
  room: { band: number; marks: number },
  scale: number,
): RowRoom[] {
  const width = getCalloutWidth(plan.left, plan.right, scale);
  return Array.from({ length: plan.rows }, (_, row) => {
    const indices = doc.steps.map((_, i) => i).filter((i) => getRowOf(i, plan.perRow) === row && getHeadline(doc, i));
    const callouts = indices.map(
      (i) => fitCallout(measurer, doc, getHeadline(doc, i), width, CALLOUT_MAX_HEIGHT * scale, scale).height,
    );
    const calloutRoom = callouts.length ? Math.max(...callouts) + CALLOUT_GAP * scale : 0;
    return { above: room.band + calloutRoom, below: room.marks };
  });
}

/**
 * Each band as a tinted strip behind its steps, reaching up over its label above them. A band
 * that runs on into a higher row goes on there as a strip of its own, labelled again.
 */
export function layoutBandsAbove(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  plan: StaircasePlan,
  scale: number,
  overflows: Overflow[],
): BandGeometry[] {
  const gap = plan.shift - plan.blockWidth;
  const stepIds = doc.steps.map((step) => step.id);
  return doc.bands.flatMap((band, bandIndex) => {
    const range = getRangeIndices(stepIds, band);
    if (!range || steps.length === 0) return [];
    const segments: { strip: Box; rule: BandGeometry['rule']; label: TextBlock }[] = [];
    let overflowed = false;
    for (let row = getRowOf(range[0], plan.perRow); row <= getRowOf(range[1], plan.perRow); row++) {
      const chosen = steps.slice(
        Math.max(range[0], row * plan.perRow),
        Math.min(range[1], (row + 1) * plan.perRow - 1) + 1,
      );
      const left = Math.min(...chosen.map((s) => s.x)) - gap / 2;
      const right = Math.max(...chosen.map((s) => s.x + s.w)) + gap / 2;
      const stepsTop = Math.min(...chosen.map((s) => s.y));
      const top = stepsTop - BAND_LABEL_ROOM * scale;
      const bottom = Math.max(...chosen.map((s) => s.y + s.h)) + gap / 2;
      const fitted = fitBandLabel(measurer, doc, band, scale, right - left - 14 * scale, (BAND_LABEL_ROOM - 6) * scale);
      const ruleX = left + 3 * scale;
      const labelTop = top + (stepsTop - top - fitted.height) / 2;
      const label = placeText(measurer, fitted, ruleX + 7 * scale, labelTop);
      overflowed ||= fitted.overflow;
      segments.push({
        strip: { x: left, y: top, w: right - left, h: bottom - top },
        rule: { x: ruleX, y1: labelTop, y2: labelTop + fitted.height },
        label,
      });
    }
    if (overflowed) overflows.push({ kind: 'band', id: band.id, field: 'label' });
    const [first, ...continued] = segments;
    return [
      { bandId: band.id, ...first, ...(continued.length ? { continued } : {}), fill: getBandFill(doc, bandIndex) },
    ];
  });
}

/**
 * A step's callout above its step and above its row's band labels (`lift`), in the room its row
 * keeps, which reaches up to `tops` (one per step); kept inside [left, right].
 */
export function layoutCalloutsAbove(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  area: { left: number; right: number; tops: readonly number[]; lift: number },
  scale: number,
  overflows: Overflow[],
): CalloutGeometry[] {
  return doc.steps.flatMap((step, index) => {
    const headline = getHeadline(doc, index);
    const block = steps[index];
    if (!headline || !block) return [];
    const w = getCalloutWidth(area.left, area.right, scale);
    const bottom = block.y - area.lift - CALLOUT_GAP * scale;
    const fitted = fitCallout(
      measurer,
      doc,
      headline,
      w,
      Math.min(CALLOUT_MAX_HEIGHT * scale, bottom - area.tops[index]),
      scale,
    );
    if (fitted.overflow || fitted.lines.length === 0) {
      overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
      return [];
    }
    const x = Math.max(area.left, Math.min(area.right - w, block.x + block.w / 2 - w / 2));
    const box = { x, y: bottom - fitted.height, w, h: fitted.height };
    return [{ stepId: step.id, box, text: placeText(measurer, fitted, box.x + 10 * scale, box.y) }];
  });
}
