// The steps as a vertical list: one row per step, the highest step at the top like the rungs of a
// ladder, each row with its number, its title and beside the title its subtitle or key services.
// Rows read from the left whatever the staircase's direction, as the rows of a table do.
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import { isAutoDetail } from '@/model/layoutOptions';
import type { TrappDocument } from '@/model/types';
import { readableOn } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { getStepFill } from './stepColours';
import { getStepBody, getStepTitleColour } from './stepShape';
import {
  fitStepDetail,
  fitStepNumber,
  fitStepTitle,
  getStepDetailKind,
  placeAtSharedSizes,
  type PlacedStep,
  type StepTextSizes,
} from './stepTexts';
import { placeText } from './textBlock';
import type { FittedText } from './wrap';

/** Room kept at the right of the rows for callouts, when a step has one. */
export const LIST_CALLOUT_WIDTH = 230;

/** Rows from `top` to `bottom` across [left, right]; the gap between rows follows the step gap. */
export function layoutStepList(
  measurer: TextMeasurer,
  doc: TrappDocument,
  area: { left: number; right: number; top: number; bottom: number },
  scale: number,
  overflows: Overflow[],
) {
  const count = doc.steps.length;
  const gapShare = doc.layout.stepGap * 0.6;
  // At the automatic level the rows take the whole height, as the staircase's steps do.
  const tallest = isAutoDetail(doc.layout) ? Infinity : 64 * scale;
  const rowHeight = Math.min(tallest, (area.bottom - area.top) / (count + Math.max(0, count - 1) * gapShare));
  const gap = rowHeight * gapShare;
  const place = (sizes: StepTextSizes, report: Overflow[]) =>
    doc.steps.map((_, index) => {
      const y = area.top + (count - 1 - index) * (rowHeight + gap);
      return layoutRow(
        measurer,
        doc,
        index,
        { x: area.left, y, w: area.right - area.left, h: rowHeight },
        scale,
        sizes,
        report,
      );
    });
  return { steps: placeAtSharedSizes(doc, scale, place, overflows), gap };
}

function layoutRow(
  measurer: TextMeasurer,
  doc: TrappDocument,
  index: number,
  box: Box,
  scale: number,
  sizes: StepTextSizes,
  overflows: Overflow[],
): PlacedStep<StepGeometry> {
  const theme = doc.theme;
  const step = doc.steps[index];
  const fill = getStepFill(doc, index);
  const fontScale = step.style?.fontScale ?? 1;
  const padding = Math.min(10 * scale, box.h * 0.14);
  const numberFace: FontFace = { family: theme.headingFont, weight: getHeadingWeight(theme) };
  // The number stays larger than the title when the automatic level grows the title.
  const numberSize = Math.min(box.h * 0.62, Math.max(26 * scale, sizes.title * 1.4));
  const numberColumn = measurer.width(String(Math.max(9, doc.steps.length)), numberFace, numberSize);
  const { body, content } = getStepBody({
    box,
    shape: getStepShape(theme),
    fill,
    background: theme.background,
    cornerRadius: theme.cornerRadius,
    lineWidth: getLineWidth(theme),
    rightward: true,
    padding,
    numberColumn,
    scale,
  });
  const number = index + 1;
  const numberFitted = fitStepNumber(measurer, number, numberFace, numberSize);
  const numberText = placeText(
    measurer,
    numberFitted,
    content.numberCentre,
    box.y + (box.h - numberFitted.height) / 2,
    'middle',
  );

  // The title takes a column of its own and the detail the rest of the row, so titles line up down the list.
  const detailKind = getStepDetailKind(doc, step);
  const textWidth = content.textRight - content.textLeft;
  const between = 14 * scale;
  const titleWidth = detailKind ? Math.min(textWidth * 0.4, 260 * scale) : textWidth;
  const innerHeight = box.h - 2 * padding;
  const minSize = 7 * scale;
  const title = fitStepTitle(
    measurer,
    doc,
    step,
    { size: sizes.title * fontScale, minSize, maxWidth: titleWidth, maxHeight: innerHeight },
    overflows,
  );
  const detailBox = {
    size: Math.min(sizes.detail * fontScale, title.size * 0.85),
    minSize,
    maxWidth: textWidth - titleWidth - between,
    maxHeight: innerHeight,
  };
  const detail = detailKind
    ? fitStepDetail(measurer, doc, step, detailKind, detailBox, scale, overflows, true)
    : undefined;
  const centred = (fitted: FittedText, x: number) =>
    placeText(measurer, fitted, x, box.y + (box.h - fitted.height) / 2);
  const placedDetail = detail ? centred(detail, content.textLeft + titleWidth + between) : undefined;
  const geometry: StepGeometry = {
    ...box,
    stepId: step.id,
    number,
    fill,
    textColour: getStepTitleColour(doc, index),
    numberColour: body.shape === 'card' ? readableOn(fill, theme.text) : undefined,
    body,
    numberText,
    title: centred(title, content.textLeft),
    subtitle: detailKind === 'subtitle' ? placedDetail : undefined,
    services: detailKind === 'services' ? placedDetail : undefined,
  };
  return { geometry, fitted: { title, detail } };
}
