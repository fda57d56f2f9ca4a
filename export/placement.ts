// Where a scene goes on the exported paper: fitted inside the margins of the trim box, with
// bleed and crop-mark room around it. Every size is in points; the origin is the top left.
import { getPageSize } from '@/model/pageSize';
import type { Paper } from './options';

export const MM = 72 / 25.4;
/** Crop marks start this far outside the trim (or at the bleed, if that is further) and are this long. */
const MARK_OFFSET_MM = 3;
const MARK_LENGTH_MM = 6;
const SLUG_MM = 2;

export type Box = { x: number; y: number; w: number; h: number };

export type Placement = {
  mediaWidth: number;
  mediaHeight: number;
  trim: Box;
  bleed: Box;
  /** Scene to paper: X = dx + x * scale. */
  scale: number;
  dx: number;
  dy: number;
  /** Crop marks as line segments [x1, y1, x2, y2], empty without crop marks. */
  cropMarks: [number, number, number, number][];
};

export type PlacementOptions = { paper: Paper; marginMm: number; bleedMm: number; cropMarks: boolean };

export function placeScene(scene: { width: number; height: number }, options: PlacementOptions): Placement {
  const paper = getPageSize(options.paper);
  const bleed = Math.max(0, options.bleedMm) * MM;
  const markOffset = Math.max(MARK_OFFSET_MM * MM, bleed);
  const slug = options.cropMarks ? markOffset + (MARK_LENGTH_MM + SLUG_MM) * MM : bleed;
  const trim = { x: slug, y: slug, w: paper.width, h: paper.height };
  const margin = Math.min(Math.max(0, options.marginMm) * MM, paper.width / 2 - 1, paper.height / 2 - 1);
  const scale = Math.min((paper.width - 2 * margin) / scene.width, (paper.height - 2 * margin) / scene.height);
  const dx = trim.x + (paper.width - scene.width * scale) / 2;
  const dy = trim.y + (paper.height - scene.height * scale) / 2;
  return {
    mediaWidth: paper.width + 2 * slug,
    mediaHeight: paper.height + 2 * slug,
    trim,
    bleed: { x: trim.x - bleed, y: trim.y - bleed, w: trim.w + 2 * bleed, h: trim.h + 2 * bleed },
    scale,
    dx,
    dy,
    cropMarks: options.cropMarks ? getCropMarks(trim, markOffset, MARK_LENGTH_MM * MM) : [],
  };
}

function getCropMarks(trim: Box, offset: number, length: number): [number, number, number, number][] {
  const xs = [trim.x, trim.x + trim.w];
  const ys = [trim.y, trim.y + trim.h];
  return xs.flatMap((x, i) =>
    ys.flatMap((y, j) => {
      const outX = i === 0 ? -1 : 1;
      const outY = j === 0 ? -1 : 1;
      return [
        [x + outX * offset, y, x + outX * (offset + length), y],
        [x, y + outY * offset, x, y + outY * (offset + length)],
      ] as [number, number, number, number][];
    }),
  );
}

/**
 * A rectangle of the scene on paper. A side lying on the trim edge moves out to the bleed edge,
 * so colour that touches the edge of the page still does after trimming.
 */
export function placeRect(rect: Box, placement: Placement): Box {
  const { trim, bleed } = placement;
  const onPaper = placeBox(rect, placement);
  let [x1, y1] = [onPaper.x, onPaper.y];
  let [x2, y2] = [x1 + onPaper.w, y1 + onPaper.h];
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  if (near(x1, trim.x)) x1 = bleed.x;
  if (near(y1, trim.y)) y1 = bleed.y;
  if (near(x2, trim.x + trim.w)) x2 = bleed.x + bleed.w;
  if (near(y2, trim.y + trim.h)) y2 = bleed.y + bleed.h;
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

/** A box of the scene on paper, as it is. */
export function placeBox(box: Box, { scale, dx, dy }: Placement): Box {
  return { x: dx + box.x * scale, y: dy + box.y * scale, w: box.w * scale, h: box.h * scale };
}
