import type { Step, TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow, StepColumn } from './geometry';
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import { getStepHeights, isAutoDetail } from '@/model/layoutOptions';
import { readableOn } from './colour';
import { getStepFill } from './stepColours';
import { getStepBody, getStepTitleColour, type StepBody } from './stepShape';
import { getStaircaseColumns } from './stepColumns';
import { getColumnGap, getRowBoxes, getRowCount, getRowGap, type RowRoom } from './stepRows';
import {
  fitStepDetail,
  fitStepNumber,
  fitStepTitle,
  fitTitleAndDetail,
  getStepDetailKind,
  placeAtSharedSizes,
  type PlacedStep,
  type StepTextSizes,
} from './stepTexts';
import { placeText, type Anchor, type TextBlock } from './textBlock';
import { placeInColumns } from './serviceColumns';

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
  /** The first few services, at the 'services' detail level. */
  services?: TextBlock;
};

/**
 * Where the blocks go across the page; known before the heights, so tracks and charts can line up
 * first. Equal steps stand in `rows` rows of `perRow` (one row for a rising staircase).
 */
export type StaircasePlan = {
  left: number;
  right: number;
  blockWidth: number;
  shift: number;
  rightward: boolean;
  columns: StepColumn[];
  equal: boolean;
  rows: number;
  perRow: number;
};

/**
 * The staircase across [left, right]. With `legibleTreads` (a track hangs under the steps), blocks
 * narrow until each tread is wide enough for a table column, down to a fifth of the width.
 * With equal step heights the steps stand side by side, each in its own column: in one row, or,
 * given the `rowArea` they may share (its height and the room each row keeps), in as many rows as suit it.
 */
export function planStaircase(
  doc: TrappDocument,
  left: number,
  right: number,
  scale: number,
  legibleTreads: boolean,
  rowArea?: { height: number; room: number },
): StaircasePlan {
  const count = doc.steps.length;
  const areaWidth = right - left;
  const rightward = doc.layout.direction === 'right';
  const equal = getStepHeights(doc.layout) === 'equal' && count > 1;
  const columnGap = getColumnGap(doc, scale);
  const rows =
    equal && rowArea
      ? getRowCount(count, areaWidth, rowArea.height, rowArea.room, columnGap, getRowGap(doc, scale))
      : 1;
  const perRow = Math.ceil(count / rows);
  let blockWidth = count === 1 ? areaWidth * Math.max(doc.layout.stepWidth, 0.5) : areaWidth * doc.layout.stepWidth;
  if (legibleTreads && count > 1)
    blockWidth = Math.min(blockWidth, Math.max(areaWidth * 0.2, areaWidth - (count - 1) * 64 * scale));
  if (equal) blockWidth = (areaWidth - (perRow - 1) * columnGap) / perRow;
  const shift = equal ? blockWidth + columnGap : count > 1 ? (areaWidth - blockWidth) / (count - 1) : 0;
  const blocks = doc.steps.map((step, index) => {
    const place = equal ? index % perRow : index;
    return {
      stepId: step.id,
      x: rightward ? left + place * shift : right - blockWidth - place * shift,
      y: 0,
      w: blockWidth,
      h: 0,
    };
  });
  const columns = equal
    ? blocks.map(({ stepId, x, w }) => ({ stepId, x, w }))
    : getStaircaseColumns(blocks, shift, rightward);
  return { left, right, blockWidth, shift, rightward, columns, equal, rows, perRow };
}

/**
 * Step 1 at the bottom, each step one row higher and shifted along the reading direction; or, with
 * equal heights, the rows of the plan filling [top, bottom], each keeping its `rooms` above and below.
 */
export function layoutStaircase(
  measurer: TextMeasurer,
  doc: TrappDocument,
  plan: StaircasePlan,
  top: number,
  bottom: number,
  scale: number,
  overflows: Overflow[],
  rooms?: readonly RowRoom[],
) {
  const count = doc.steps.length;
  const gapShare = doc.layout.stepGap;
  // At the automatic level the steps take the whole height, however few they are, instead of leaving a band above them.
  const tallest = isAutoDetail(doc.layout) ? Infinity : 86 * scale;
  const blockHeight = Math.min(tallest, (bottom - top) / (count + Math.max(0, count - 1) * gapShare));
  const gap = plan.equal ? getRowGap(doc, scale) : blockHeight * gapShare;
  const boxes: Box[] = plan.equal
    ? getRowBoxes(
        plan.columns,
        plan.perRow,
        top,
        bottom,
        rooms ?? Array.from({ length: plan.rows }, () => ({ above: 0, below: 0 })),
        gap,
      )
    : plan.columns.map((_, index) => ({
        x: plan.rightward ? plan.left + index * plan.shift : plan.right - plan.blockWidth - index * plan.shift,
        y: bottom - (index + 1) * blockHeight - index * gap,
        w: plan.blockWidth,
        h: blockHeight,
      }));
  const place = (sizes: StepTextSizes, report: Overflow[]) =>
    doc.steps.map((step, index) =>
      layoutStepBlock(measurer, doc, step, index, boxes[index], plan, scale, sizes, report),
    );
  return { steps: placeAtSharedSizes(doc, scale, place, overflows), gap };
}

function layoutStepBlock(
  measurer: TextMeasurer,
  doc: TrappDocument,
  step: Step,
  index: number,
  box: Box,
  plan: StaircasePlan,
  scale: number,
  sizes: StepTextSizes,
  overflows: Overflow[],
): PlacedStep<StepGeometry> {
  const theme = doc.theme;
  const stacked = plan.equal;
  const fill = getStepFill(doc, index);
  const fontScale = step.style?.fontScale ?? 1;
  const padding = stacked ? Math.min(10 * scale, box.w * 0.08) : Math.min(10 * scale, box.h * 0.12);
  const number = index + 1;
  const numberFace: FontFace = { family: theme.headingFont, weight: getHeadingWeight(theme) };
  // The number stays the largest text of the step when the automatic level grows the title.
  const largest = Math.max(30 * scale, sizes.title * 1.5);
  const numberSize = stacked ? Math.min(box.w * 0.42, largest) : Math.min(box.h * 0.62, largest);
  const numberColumn = stacked
    ? numberSize * 1.1
    : measurer.width(String(Math.max(9, doc.steps.length)), numberFace, numberSize);
  const shape = getStepShape(theme);
  const { body, content } = getStepBody({
    box,
    shape,
    fill,
    background: theme.background,
    cornerRadius: theme.cornerRadius,
    lineWidth: getLineWidth(theme),
    rightward: plan.rightward,
    padding,
    numberColumn,
    scale,
    stacked,
  });
  // On a card the texts sit on its pale surface and the number on the tile of the step's colour.
  const textColour = getStepTitleColour(doc, index);
  const numberColour = body.shape === 'card' ? readableOn(fill, theme.text) : undefined;
  const numberFitted = fitStepNumber(measurer, number, numberFace, numberSize);
  const numberTop = content.stacked ? content.stacked.numberTop : box.y + (box.h - numberFitted.height) / 2;
  const numberText = placeText(measurer, numberFitted, content.numberCentre, numberTop, 'middle');

  const textWidth = content.textRight - content.textLeft;
  const textTop = content.stacked ? content.stacked.textTop : box.y + padding;
  const innerHeight = box.y + box.h - padding - textTop;
  const detailKind = getStepDetailKind(doc, step);
  const minSize = 7 * scale;
  const { title, detail } = fitTitleAndDetail(
    doc,
    scale,
    sizes.title * fontScale,
    (titleSize, report) => {
      const title = fitStepTitle(
        measurer,
        doc,
        step,
        { size: titleSize, minSize, maxWidth: textWidth, maxHeight: detailKind ? innerHeight * 0.64 : innerHeight },
        report,
      );
      const detailBox = {
        size: Math.min(sizes.detail * fontScale, title.size * 0.85),
        minSize,
        maxWidth: textWidth,
        maxHeight: innerHeight - title.height - 2 * scale,
        columns: !stacked && isAutoDetail(doc.layout),
      };
      return {
        title,
        detail: detailKind ? fitStepDetail(measurer, doc, step, detailKind, detailBox, scale, report) : undefined,
      };
    },
    overflows,
  );
  const gapBetween = detail && detail.lines.length ? 2 * scale : 0;
  const textHeight = title.height + gapBetween + (detail?.height ?? 0);
  // Stacked texts hang from under the number; side by side with it they are centred in the block.
  const top = content.stacked ? textTop : textTop + (innerHeight - textHeight) / 2;
  const [x, anchor]: [number, Anchor] = content.stacked
    ? [(content.textLeft + content.textRight) / 2, 'middle']
    : [content.textLeft, 'start'];
  const placedTitle = placeText(measurer, title, x, top, anchor);
  const detailTop = top + title.height + gapBetween;
  const placedDetail = detail
    ? detail.columns
      ? placeInColumns(measurer, detail, x, detailTop, detail.columns)
      : placeText(measurer, detail, x, detailTop, anchor)
    : undefined;
  const geometry: StepGeometry = {
    ...box,
    stepId: step.id,
    number,
    fill,
    textColour,
    numberColour,
    body,
    numberText,
    title: placedTitle,
    subtitle: detailKind === 'subtitle' ? placedDetail : undefined,
    services: detailKind === 'services' ? placedDetail : undefined,
  };
  return { geometry, fitted: { title, detail } };
}
