import type { Step, TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow, StepColumn } from './geometry';
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import { readableOn } from './colour';
import { getStepFill } from './stepColours';
import { getStepBody, getStepTitleColour, type StepBody } from './stepShape';
import { getStaircaseColumns } from './stepColumns';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

export type StepGeometry = Box & {
  stepId: string;
  number: number;
  fill: string;
  /** The colour of the title and subtitle (and of the number, unless `numberColour` says otherwise). */
  textColour: string;
  /** The number's colour where it differs from the texts' (on a card's tile). */
  numberColour?: string;
  /** How the staircase draws the step; a mastery chart's step labels have none. */
  body?: StepBody;
  numberText: TextBlock;
  title: TextBlock;
  subtitle?: TextBlock;
};

/** Where the blocks go across the page; known before the heights, so tracks and charts can line up first. */
export type StaircasePlan = { left: number; right: number; blockWidth: number; shift: number; rightward: boolean; columns: StepColumn[] };

/**
 * The staircase across [left, right]. With `legibleTreads` (a track hangs under the steps), blocks
 * narrow until each tread is wide enough for a table column, down to a fifth of the width.
 */
export function planStaircase(doc: TrappDocument, left: number, right: number, scale: number, legibleTreads: boolean): StaircasePlan {
  const count = doc.steps.length;
  const areaWidth = right - left;
  let blockWidth = count === 1 ? areaWidth * Math.max(doc.layout.stepWidth, 0.5) : areaWidth * doc.layout.stepWidth;
  if (legibleTreads && count > 1) blockWidth = Math.min(blockWidth, Math.max(areaWidth * 0.2, areaWidth - (count - 1) * 64 * scale));
  const shift = count > 1 ? (areaWidth - blockWidth) / (count - 1) : 0;
  const rightward = doc.layout.direction === 'right';
  const blocks = doc.steps.map((step, index) => ({ stepId: step.id, x: rightward ? left + index * shift : right - blockWidth - index * shift, y: 0, w: blockWidth, h: 0 }));
  return { left, right, blockWidth, shift, rightward, columns: getStaircaseColumns(blocks, shift, rightward) };
}

/** Step 1 at the bottom, each step one row higher and shifted along the reading direction. */
export function layoutStaircase(measurer: TextMeasurer, doc: TrappDocument, plan: StaircasePlan, top: number, bottom: number, scale: number, overflows: Overflow[]) {
  const count = doc.steps.length;
  const gapShare = doc.layout.stepGap;
  const blockHeight = Math.min(86 * scale, (bottom - top) / (count + Math.max(0, count - 1) * gapShare));
  const gap = blockHeight * gapShare;
  const place = (sizes: TextSizes, report: Overflow[]) =>
    doc.steps.map((step, index) => {
      const x = plan.rightward ? plan.left + index * plan.shift : plan.right - plan.blockWidth - index * plan.shift;
      const y = bottom - (index + 1) * blockHeight - index * gap;
      const box = { x, y, w: plan.blockWidth, h: blockHeight };
      return layoutStepBlock(measurer, doc, step, index, box, plan.rightward, scale, sizes, report);
    });
  // Titles (and subtitles) share one size, so the staircase reads as one piece instead of each
  // title shrunk on its own: the size three quarters of the steps fit at; a step whose text
  // needs less still shrinks, so one very long title does not make every title small.
  const free = place({ title: 14 * scale, subtitle: 11 * scale }, []);
  const shared = (pick: (s: StepGeometry) => TextBlock | undefined) => {
    const fitted = free.map((s, i) => (pick(s)?.size ?? Infinity) / (doc.steps[i].style?.fontScale ?? 1)).sort((a, b) => a - b);
    return fitted[Math.floor(fitted.length / 4)] ?? Infinity;
  };
  const sizes = { title: Math.min(14 * scale, shared((s) => s.title)), subtitle: Math.min(11 * scale, shared((s) => s.subtitle)) };
  return { steps: place(sizes, overflows), gap };
}

/** Preferred sizes of the step texts before a step's own font scale; fitting may still shrink them. */
type TextSizes = { title: number; subtitle: number };

function layoutStepBlock(measurer: TextMeasurer, doc: TrappDocument, step: Step, index: number, box: Box, rightward: boolean, scale: number, sizes: TextSizes, overflows: Overflow[]): StepGeometry {
  const theme = doc.theme;
  const fill = getStepFill(doc, index);
  const fontScale = step.style?.fontScale ?? 1;
  const padding = Math.min(10 * scale, box.h * 0.12);
  const number = index + 1;
  const headingWeight = getHeadingWeight(theme);
  const numberFace: FontFace = { family: theme.headingFont, weight: headingWeight };
  const numberSize = Math.min(box.h * 0.62, 30 * scale);
  const numberColumn = measurer.width(String(Math.max(9, doc.steps.length)), numberFace, numberSize);
  const shape = getStepShape(theme);
  const { body, content } = getStepBody({ box, shape, fill, background: theme.background, cornerRadius: theme.cornerRadius, lineWidth: getLineWidth(theme), rightward, padding, numberColumn, scale });
  // On a card the texts sit on its pale surface and the number on the tile of the step's colour.
  const textColour = getStepTitleColour(doc, index);
  const numberColour = body.shape === 'card' ? readableOn(fill, theme.text) : undefined;
  const numberFitted = { lines: [String(number)], face: numberFace, size: numberSize, lineHeight: numberSize * 1.1, width: measurer.width(String(number), numberFace, numberSize), height: numberSize * 1.1, overflow: false };
  const numberText = placeText(measurer, numberFitted, content.numberCentre, box.y + (box.h - numberFitted.height) / 2, 'middle');

  const textX = content.textLeft;
  const textWidth = content.textRight - textX;
  const innerHeight = box.h - 2 * padding;
  const wantsSubtitle = doc.layout.showSubtitles && step.subtitle.trim() !== '';
  const titleFitted = fitText(measurer, step.title, {
    face: { family: theme.headingFont, weight: headingWeight },
    size: sizes.title * fontScale,
    minSize: 7 * scale,
    lineHeight: 1.15,
    maxWidth: textWidth,
    maxHeight: wantsSubtitle ? innerHeight * 0.64 : innerHeight,
  });
  if (titleFitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'title' });
  let subtitleFitted;
  if (wantsSubtitle) {
    const room = innerHeight - titleFitted.height - 2 * scale;
    const minSize = 7 * scale;
    if (room >= minSize * 1.15) {
      subtitleFitted = fitText(measurer, step.subtitle, {
        face: { family: theme.bodyFont, weight: 400 },
        size: Math.min(sizes.subtitle * fontScale, titleFitted.size * 0.85),
        minSize,
        lineHeight: 1.15,
        maxWidth: textWidth,
        maxHeight: room,
      });
      if (subtitleFitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'subtitle' });
    } else overflows.push({ kind: 'step', id: step.id, field: 'subtitle' });
  }
  const gapBetween = subtitleFitted && subtitleFitted.lines.length ? 2 * scale : 0;
  const textHeight = titleFitted.height + gapBetween + (subtitleFitted?.height ?? 0);
  const textTop = box.y + padding + (innerHeight - textHeight) / 2;
  const title = placeText(measurer, titleFitted, textX, textTop);
  const subtitle = subtitleFitted ? placeText(measurer, subtitleFitted, textX, textTop + titleFitted.height + gapBetween) : undefined;
  return { ...box, stepId: step.id, number, fill, textColour, numberColour, body, numberText, title, subtitle };
}
