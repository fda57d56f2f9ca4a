// The header of a step page: the step's number, title and subtitle on its colour, in its theme's shape.
import { getHeadingWeight, getLineWidth, getStepShape } from '@/model/themes';
import type { TrappDocument } from '@/model/types';
import { readableOn } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import { getStepFill } from './stepColours';
import { getStepBody, getStepTitleColour, type StepBody } from './stepShape';
import { fitStepNumber } from './stepTexts';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

/** `body`: the step's shape from the theme; without one the header is a band across the top of the page. */
export type StepPageHeader = {
  box: Box;
  fill: string;
  textColour: string;
  numberColour?: string;
  body?: StepBody;
  number: TextBlock;
  title: TextBlock;
  subtitle?: TextBlock;
};

/**
 * A block is a band across the top of the page, as on every step page before step shapes; the
 * other shapes stand inside the margins in the form the overview gives the step. A continued
 * sheet has a lower header with "(forts.)" after the title and no subtitle.
 */
export function layoutStepPageHeader(
  measurer: TextMeasurer,
  doc: TrappDocument,
  index: number,
  page: { width: number; margin: number; scale: number; continued: boolean },
  overflows: Overflow[],
): StepPageHeader {
  const { width, margin, scale, continued } = page;
  const u = (value: number) => value * scale;
  const step = doc.steps[index];
  const heading: FontFace = { family: doc.theme.headingFont, weight: getHeadingWeight(doc.theme) };
  const body: FontFace = { family: doc.theme.bodyFont, weight: 400 };
  const fill = getStepFill(doc, index);
  const shape = getStepShape(doc.theme);
  const bandHeight = u(continued ? 64 : 92);
  const box =
    shape === 'block'
      ? { x: 0, y: 0, w: width, h: bandHeight }
      : { x: margin, y: u(20), w: width - 2 * margin, h: bandHeight - u(12) };
  const numberSize = u(continued ? 30 : 44);
  const numberWidth = measurer.width(String(Math.max(10, doc.steps.length)), heading, numberSize);
  const shaped =
    shape === 'block'
      ? undefined
      : getStepBody({
          box,
          shape,
          fill,
          background: doc.theme.background,
          cornerRadius: doc.theme.cornerRadius,
          lineWidth: getLineWidth(doc.theme),
          rightward: doc.layout.direction === 'right',
          padding: u(12),
          numberColumn: numberWidth,
          scale,
        });
  const numberFitted = fitStepNumber(measurer, index + 1, heading, numberSize);
  const numberTop = box.y + (box.h - numberSize * 1.1) / 2;
  const number = shaped
    ? placeText(measurer, numberFitted, shaped.content.numberCentre, numberTop, 'middle')
    : placeText(measurer, numberFitted, margin, numberTop);
  const textX = shaped ? shaped.content.textLeft : margin + numberWidth + u(16);
  const textWidth = (shaped ? shaped.content.textRight : width - margin) - textX;
  const titleText = continued ? `${step.title} (forts.)` : step.title;
  const title = fitText(measurer, titleText, {
    face: heading,
    size: u(continued ? 18 : 24),
    minSize: u(12),
    lineHeight: 1.12,
    maxWidth: textWidth,
    maxHeight: box.h * 0.6,
  });
  if (title.overflow && !continued) overflows.push({ kind: 'step', id: step.id, field: 'title' });
  const subtitle =
    step.subtitle.trim() && !continued
      ? fitText(measurer, step.subtitle, {
          face: body,
          size: u(13),
          minSize: u(9),
          lineHeight: 1.15,
          maxWidth: textWidth,
          maxHeight: box.h - title.height - u(20),
        })
      : undefined;
  const textHeight = title.height + (subtitle ? u(3) + subtitle.height : 0);
  const top = box.y + (box.h - textHeight) / 2;
  return {
    box,
    fill,
    textColour: getStepTitleColour(doc, index),
    numberColour: shaped?.body.shape === 'card' ? readableOn(fill, doc.theme.text) : undefined,
    body: shaped?.body,
    number,
    title: placeText(measurer, title, textX, top),
    subtitle: subtitle ? placeText(measurer, subtitle, textX, top + title.height + u(3)) : undefined,
  };
}
