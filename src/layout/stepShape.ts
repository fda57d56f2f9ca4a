import { getStepShape } from '@/model/themes';
import type { StepShape, TrappDocument } from '@/model/types';
import { mix, readableOn } from './colour';
import { getStepFill, getStepTextColour } from './stepColours';
import type { Box } from './geometry';
import { round } from '@/model/round';
import { polyline, type Segment } from './pathSegments';

/** The drawn body of a step on the overview; the scene turns it into primitives. */
export type StepBody =
  | { shape: 'block' | 'rounded'; radius: number }
  /** Points along the reading direction; `path` is the outline. */
  | { shape: 'arrow'; path: Segment[]; depth: number }
  /** A pale card outlined in the step colour, the number on a tile of the step colour at the left. */
  | { shape: 'card'; radius: number; surface: string; tile: Box; outline: number; tileCorners: Corners };

/** Radii at the top-left, top-right, bottom-right and bottom-left corners. */
export type Corners = readonly [number, number, number, number];

/**
 * Where the number and the texts may go inside a step's box, clear of the shape's curves and point.
 * A step in a row of equal steps is `stacked`: number on top, texts under it, all centred.
 */
export type StepContent = {
  numberCentre: number;
  textLeft: number;
  textRight: number;
  stacked?: { numberTop: number; textTop: number };
};

type ShapeInput = {
  box: Box;
  shape: StepShape;
  fill: string;
  background: string;
  cornerRadius: number;
  lineWidth: number;
  rightward: boolean;
  padding: number;
  /** The width the number takes beside the texts, or its height above them when stacked. */
  numberColumn: number;
  scale: number;
  stacked?: boolean;
};

/** A card's pale surface: the step's colour faded into the page. */
export function getCardSurface(fill: string, background: string): string {
  return mix(fill, background, 0.88);
}

/** The colour of a step's title and subtitle on the overview: its own, else readable on what the shape puts under them. */
export function getStepTitleColour(doc: TrappDocument, index: number): string {
  const own = doc.steps[index]?.style?.textColour;
  if (own || getStepShape(doc.theme) !== 'card') return own ?? getStepTextColour(doc, index);
  return readableOn(getCardSurface(getStepFill(doc, index), doc.theme.background), doc.theme.text);
}

/** The body of a step of the given shape, and the room it leaves for the number and the texts. */
export function getStepBody(input: ShapeInput): { body: StepBody; content: StepContent } {
  if (input.stacked) return getStackedStepBody(input);
  const { box, padding, numberColumn, scale } = input;
  // Small steps have little padding; a slanted or curved edge needs a little more beside the text.
  const edge = input.shape === 'block' ? padding : Math.max(padding, 5 * scale);
  const standard = (left: number, right: number): StepContent => ({
    numberCentre: box.x + left + padding + numberColumn / 2,
    textLeft: box.x + left + 2 * padding + numberColumn + padding * 0.5,
    textRight: box.x + box.w - right - edge,
  });
  switch (input.shape) {
    case 'rounded': {
      // A pill: its ends curve away from the text, so the text keeps back from them.
      const radius = Math.min(box.h / 2, 24 * scale);
      const inset = radius * 0.4;
      return { body: { shape: 'rounded', radius }, content: standard(inset, inset) };
    }
    case 'arrow': {
      const body = getArrowBody(input);
      return { body, content: input.rightward ? standard(0, body.depth) : standard(body.depth, 0) };
    }
    case 'card': {
      const radius = Math.min(input.cornerRadius * scale, box.h / 3);
      const tile = { x: box.x, y: box.y, w: Math.max(numberColumn + 2 * padding, box.h * 0.8), h: box.h };
      return {
        body: getCardBody(input, radius, tile, [radius, 0, 0, radius]),
        content: {
          numberCentre: tile.x + tile.w / 2,
          textLeft: tile.x + tile.w + padding * 1.2,
          textRight: box.x + box.w - edge,
        },
      };
    }
    default:
      return { body: { shape: 'block', radius: input.cornerRadius * scale }, content: standard(0, 0) };
  }
}

/** A tall step standing in a row: the number at the top, the texts under it, clear of curves, point and tile. */
function getStackedStepBody(input: ShapeInput): { body: StepBody; content: StepContent } {
  const { box, padding, numberColumn: numberHeight, scale } = input;
  const content = (left: number, right: number, top: number): StepContent => ({
    numberCentre: box.x + left + (box.w - left - right) / 2,
    textLeft: box.x + left + padding,
    textRight: box.x + box.w - right - padding,
    stacked: { numberTop: box.y + top + padding, textTop: box.y + top + padding + numberHeight + padding * 0.6 },
  });
  switch (input.shape) {
    case 'rounded': {
      const radius = Math.min(box.w / 2, 24 * scale);
      return { body: { shape: 'rounded', radius }, content: content(radius * 0.3, radius * 0.3, radius * 0.4) };
    }
    case 'arrow': {
      const body = getArrowBody(input);
      return { body, content: input.rightward ? content(0, body.depth, 0) : content(body.depth, 0, 0) };
    }
    case 'card': {
      const radius = Math.min(input.cornerRadius * scale, box.w / 3);
      const tile = { x: box.x, y: box.y, w: box.w, h: numberHeight + 2 * padding };
      return {
        body: getCardBody(input, radius, tile, [radius, radius, 0, 0]),
        content: {
          numberCentre: box.x + box.w / 2,
          textLeft: box.x + padding,
          textRight: box.x + box.w - padding,
          stacked: { numberTop: box.y + padding, textTop: tile.y + tile.h + padding },
        },
      };
    }
    default:
      return { body: { shape: 'block', radius: input.cornerRadius * scale }, content: content(0, 0, 0) };
  }
}

/** An arrow as deep as a step lying or standing allows; the same for both. */
function getArrowBody({ box, rightward }: ShapeInput): Extract<StepBody, { shape: 'arrow' }> {
  const depth = Math.min(box.h * 0.38, box.w * 0.12);
  return { shape: 'arrow', path: getArrowOutline(box, depth, rightward), depth };
}

/** A card with its number tile; the tile's place and rounded corners differ between lying and standing steps. */
function getCardBody(input: ShapeInput, radius: number, tile: Box, tileCorners: Corners): StepBody {
  const surface = getCardSurface(input.fill, input.background);
  return { shape: 'card', radius, surface, tile, outline: input.scale * input.lineWidth, tileCorners };
}

/** A five-sided outline: square at the back, a point of `depth` at the front. */
function getArrowOutline(box: Box, depth: number, rightward: boolean): Segment[] {
  const { x, y, w, h } = box;
  const mid = y + h / 2;
  // Leftward is the same outline mirrored: back edge at the right, point at the left.
  const [back, shoulder, tip] = rightward ? [x, x + w - depth, x + w] : [x + w, x + depth, x];
  const corners = [
    { x: back, y },
    { x: shoulder, y },
    { x: tip, y: mid },
    { x: shoulder, y: y + h },
    { x: back, y: y + h },
  ];
  return polyline(
    corners.map((p) => ({ x: round(p.x), y: round(p.y) })),
    true,
  );
}
