import type { Band, Step, TrappDocument } from '@/model/types';
import { gradientAt, readableOn } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import { getPageScale, getPageSize } from './page';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

export type Box = { x: number; y: number; w: number; h: number };

export type StepGeometry = Box & {
  stepId: string;
  number: number;
  fill: string;
  textColour: string;
  numberText: TextBlock;
  title: TextBlock;
  subtitle?: TextBlock;
};

export type BandGeometry = {
  bandId: string;
  /** The tinted strip behind the band's steps. */
  strip: Box;
  /** The rule beside the label, spanning the band's steps. */
  rule: { x: number; y1: number; y2: number };
  label: TextBlock;
  fill: string;
};

export type Overflow = { kind: 'step' | 'band' | 'header' | 'callout'; id: string; field: string };

export type OverviewLayout = {
  width: number;
  height: number;
  scale: number;
  header: { municipality: TextBlock; title: TextBlock; intro?: TextBlock; box: Box };
  steps: StepGeometry[];
  bands: BandGeometry[];
  callouts: { stepId: string; box: Box; text: TextBlock }[];
  axis?: { from: { x: number; y: number }; to: { x: number; y: number }; label: TextBlock; start?: TextBlock; end?: TextBlock };
  footer?: TextBlock;
  /** Texts that could not be shown whole, for the UI to warn about. */
  overflows: Overflow[];
};

/** Where everything on the overview page goes: header, staircase, bands, axis and footer. */
export function layoutOverview(doc: TrappDocument, measurer: TextMeasurer): OverviewLayout {
  const { width, height } = getPageSize(doc.page);
  const scale = getPageScale({ width, height });
  const u = (value: number) => value * scale;
  const theme = doc.theme;
  const heading = (weight: 400 | 600 | 700): FontFace => ({ family: theme.headingFont, weight });
  const body = (weight: 400 | 600 | 700): FontFace => ({ family: theme.bodyFont, weight });
  const overflows: Overflow[] = [];
  const margin = u(36);
  const contentWidth = width - 2 * margin;

  // Header: municipality, title, intro.
  const fitHeader = (text: string, face: FontFace, size: number, maxWidth: number, maxLines: number, field: string) => {
    const fitted = fitText(measurer, text, { face, size: u(size), minSize: u(size * 0.7), lineHeight: 1.2, maxWidth, maxHeight: u(size) * 1.2 * maxLines });
    if (fitted.overflow) overflows.push({ kind: 'header', id: 'header', field });
    return fitted;
  };
  let cursor = margin;
  const municipality = placeText(measurer, fitHeader(getMunicipalityName(doc).toUpperCase(), heading(600), 11, contentWidth, 1, 'municipality'), margin, cursor);
  cursor += municipality.box.h + u(2);
  const title = placeText(measurer, fitHeader(doc.meta.title, heading(700), 26, contentWidth, 2, 'title'), margin, cursor);
  cursor += title.box.h;
  let intro: TextBlock | undefined;
  if (doc.meta.intro.trim()) {
    cursor += u(4);
    intro = placeText(measurer, fitHeader(doc.meta.intro, body(400), 11, contentWidth * 0.62, 3, 'intro'), margin, cursor);
    cursor += intro.box.h;
  }
  const header = { municipality, title, intro, box: { x: margin, y: margin, w: contentWidth, h: cursor - margin } };

  // Footer and axis take their room from the bottom.
  let bottom = height - margin;
  let footer: TextBlock | undefined;
  if (doc.meta.footnote.trim()) {
    const fitted = fitText(measurer, doc.meta.footnote, { face: body(400), size: u(9), minSize: u(7), lineHeight: 1.2, maxWidth: contentWidth, maxHeight: u(9) * 1.2 });
    if (fitted.overflow) overflows.push({ kind: 'header', id: 'footer', field: 'footnote' });
    footer = placeText(measurer, fitted, margin, bottom - fitted.height);
    bottom -= fitted.height + u(10);
  }
  const showBands = doc.layout.showBands && doc.bands.length > 0;
  const bandColumn = showBands ? u(118) : 0;
  const stairsLeft = margin + bandColumn + (showBands ? u(14) : 0);
  const stairsRight = width - margin;
  const rightward = doc.layout.direction === 'right';

  let axis: OverviewLayout['axis'];
  if (doc.layout.showAxis && (doc.axis.label || doc.axis.start || doc.axis.end)) {
    const labelSize = u(10);
    const arrowY = bottom - labelSize * 1.3 - u(6);
    const [fromX, toX] = rightward ? [stairsLeft, stairsRight] : [stairsRight, stairsLeft];
    const fit = (text: string) => fitText(measurer, text, { face: body(600), size: labelSize, minSize: labelSize * 0.8, lineHeight: 1.2, maxWidth: (stairsRight - stairsLeft) / 3, maxHeight: labelSize * 1.2 });
    const labelTop = arrowY + u(5);
    axis = {
      from: { x: fromX, y: arrowY },
      to: { x: toX, y: arrowY },
      label: placeText(measurer, fit(doc.axis.label), (stairsLeft + stairsRight) / 2, labelTop, 'middle'),
      start: doc.axis.start ? placeText(measurer, fit(doc.axis.start), fromX, labelTop, rightward ? 'start' : 'end') : undefined,
      end: doc.axis.end ? placeText(measurer, fit(doc.axis.end), toX, labelTop, rightward ? 'end' : 'start') : undefined,
    };
    bottom = arrowY - u(14);
  }

  // The staircase: step 1 at the bottom, each step one row higher and shifted along the reading direction.
  const top = cursor + u(18);
  const count = doc.steps.length;
  const gapShare = doc.layout.stepGap;
  const blockHeight = Math.min(u(86), (bottom - top) / (count + Math.max(0, count - 1) * gapShare));
  const gap = blockHeight * gapShare;
  const areaWidth = stairsRight - stairsLeft;
  const blockWidth = count === 1 ? areaWidth * Math.max(doc.layout.stepWidth, 0.5) : areaWidth * doc.layout.stepWidth;
  const shift = count > 1 ? (areaWidth - blockWidth) / (count - 1) : 0;
  const steps = doc.steps.map((step, index) => {
    const x = rightward ? stairsLeft + index * shift : stairsRight - blockWidth - index * shift;
    const y = bottom - (index + 1) * blockHeight - index * gap;
    const fill = step.style?.fill ?? gradientAt(theme.stepColours, count === 1 ? 0 : index / (count - 1));
    const textColour = step.style?.textColour ?? readableOn(fill, theme.text);
    return layoutStepBlock(measurer, doc, step, index, { x, y, w: blockWidth, h: blockHeight }, fill, textColour, scale, overflows);
  });

  const bands = showBands ? layoutBands(measurer, doc, steps, { left: margin, right: stairsRight, column: bandColumn, gap }, scale, overflows) : [];
  const callouts = layoutCallouts(measurer, doc, steps, { left: stairsLeft, right: stairsRight, rightward }, scale, overflows);
  return { width, height, scale, header, steps, bands, callouts, axis, footer, overflows };
}

function layoutStepBlock(
  measurer: TextMeasurer,
  doc: TrappDocument,
  step: Step,
  index: number,
  box: Box,
  fill: string,
  textColour: string,
  scale: number,
  overflows: Overflow[],
): StepGeometry {
  const theme = doc.theme;
  const fontScale = step.style?.fontScale ?? 1;
  const padding = Math.min(10 * scale, box.h * 0.12);
  const number = index + 1;
  const numberFace: FontFace = { family: theme.headingFont, weight: 700 };
  const numberSize = Math.min(box.h * 0.62, 30 * scale);
  const numberColumn = measurer.width(String(Math.max(9, doc.steps.length)), numberFace, numberSize);
  const numberFitted = { lines: [String(number)], face: numberFace, size: numberSize, lineHeight: numberSize * 1.1, width: measurer.width(String(number), numberFace, numberSize), height: numberSize * 1.1, overflow: false };
  const numberText = placeText(measurer, numberFitted, box.x + padding + numberColumn / 2, box.y + (box.h - numberFitted.height) / 2, 'middle');

  const textX = box.x + 2 * padding + numberColumn + padding * 0.5;
  const textWidth = box.x + box.w - padding - textX;
  const innerHeight = box.h - 2 * padding;
  const wantsSubtitle = doc.layout.showSubtitles && step.subtitle.trim() !== '';
  const titleFitted = fitText(measurer, step.title, {
    face: { family: theme.headingFont, weight: 700 },
    size: 14 * scale * fontScale,
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
        size: Math.min(11 * scale * fontScale, titleFitted.size * 0.85),
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
  return { ...box, stepId: step.id, number, fill, textColour, numberText, title, subtitle };
}

function layoutBands(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  area: { left: number; right: number; column: number; gap: number },
  scale: number,
  overflows: Overflow[],
): BandGeometry[] {
  const indexOf = new Map(doc.steps.map((step, i) => [step.id, i]));
  return doc.bands.flatMap((band: Band, bandIndex) => {
    const a = indexOf.get(band.firstStep);
    const b = indexOf.get(band.lastStep);
    if (a === undefined || b === undefined) return [];
    const [first, last] = a <= b ? [a, b] : [b, a];
    const yTop = steps[last].y - area.gap / 2;
    const yBottom = steps[first].y + steps[first].h + area.gap / 2;
    const labelWidth = area.column - 10 * scale;
    const fitted = fitText(measurer, band.label.toUpperCase(), {
      face: { family: doc.theme.headingFont, weight: 600 },
      size: 10 * scale,
      minSize: 7 * scale,
      lineHeight: 1.2,
      maxWidth: labelWidth,
      maxHeight: yBottom - yTop,
    });
    if (fitted.overflow) overflows.push({ kind: 'band', id: band.id, field: 'label' });
    const ruleX = area.left + 1.5 * scale;
    const label = placeText(measurer, fitted, ruleX + 8 * scale, yTop + (yBottom - yTop - fitted.height) / 2);
    const fill = band.colour ?? doc.theme.bandColours[bandIndex % doc.theme.bandColours.length];
    return [{ bandId: band.id, strip: { x: area.left, y: yTop, w: area.right - area.left, h: yBottom - yTop }, rule: { x: ruleX, y1: yTop + 3 * scale, y2: yBottom - 3 * scale }, label, fill }];
  });
}

/** A step's callout goes in the free space beside its block, on the side the staircase has not reached yet. */
function layoutCallouts(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  area: { left: number; right: number; rightward: boolean },
  scale: number,
  overflows: Overflow[],
) {
  return doc.steps.flatMap((step, index) => {
    // The overview shows the callout's first paragraph (its headline); the step page shows all of it.
    const headline = step.callout?.trim().split(/\n\s*\n/)[0] ?? '';
    if (!headline) return [];
    const block = steps[index];
    const gap = 12 * scale;
    const x = area.rightward ? block.x + block.w + gap : area.left;
    const w = Math.min(220 * scale, area.rightward ? area.right - x : block.x - gap - area.left);
    if (w < 80 * scale) {
      overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
      return [];
    }
    const fitted = fitText(measurer, headline, { face: { family: doc.theme.headingFont, weight: 600 }, size: 11 * scale, minSize: 7 * scale, lineHeight: 1.2, maxWidth: w - 10 * scale, maxHeight: block.h * 1.6 });
    if (fitted.overflow) overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
    const box = { x: area.rightward ? x : block.x - gap - w, y: block.y + block.h / 2 - fitted.height / 2, w, h: fitted.height };
    return [{ stepId: step.id, box, text: placeText(measurer, fitted, box.x + 10 * scale, box.y) }];
  });
}

/** "Lillesand kommune" from "Lillesand"; the word is the same in bokmål and nynorsk. */
export function getMunicipalityName(doc: TrappDocument): string {
  const name = doc.meta.municipality.trim();
  return /kommune$/i.test(name) || name === '' ? name : `${name} kommune`;
}
