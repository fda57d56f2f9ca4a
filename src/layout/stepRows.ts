// Steps of equal height stand side by side in rows: step 1 at the start of the bottom row, each
// row reading in the staircase's direction, the highest steps in the top row. One row when tracks
// or charts line up under the steps; otherwise as many rows as make each step about 1.4 times as
// tall as it is wide, so twelve steps on a landscape page stand in two rows of six instead of one
// row of thin columns with an empty band above them.
import type { TrappDocument } from '@/model/types';
import type { Box } from './geometry';

/** The room a row keeps above its steps (band labels, callouts) and below them (change marks). */
export type RowRoom = { above: number; below: number };

/** The height a step in a row should have for each unit of its width. */
const CELL_PROPORTION = 1.4;
const MAX_ROWS = 4;

/** The gap between steps standing side by side follows the step gap, as the gap between rising steps does. */
export const getColumnGap = (doc: TrappDocument, scale: number) => Math.max(2, 24 * scale * doc.layout.stepGap);

/** Rows stand a little further apart than the steps in them, so each row reads as one run. */
export const getRowGap = (doc: TrappDocument, scale: number) => Math.max(2 * getColumnGap(doc, scale), 12 * scale);

/** The row a step stands in, counted from the bottom. */
export const getRowOf = (index: number, perRow: number) => Math.floor(index / perRow);

/**
 * How many rows `count` steps stand in across `width` and `height`, each row also keeping `room`
 * for what goes above and below it: the count whose steps come nearest the wanted proportion.
 */
export function getRowCount(
  count: number,
  width: number,
  height: number,
  room: number,
  columnGap: number,
  rowGap: number,
): number {
  let best = { rows: 1, miss: Infinity };
  for (let rows = 1; rows <= Math.min(MAX_ROWS, count); rows++) {
    const perRow = Math.ceil(count / rows);
    // Another row that leaves as many steps in the first is no better.
    if (rows > 1 && perRow === Math.ceil(count / (rows - 1))) continue;
    const w = (width - (perRow - 1) * columnGap) / perRow;
    const h = (height - rows * room - (rows - 1) * rowGap) / rows;
    if (h <= 0 || w <= 0) break;
    const miss = Math.abs(Math.log(h / w / CELL_PROPORTION));
    if (miss < best.miss) best = { rows, miss };
  }
  return best.rows;
}

/** Each step's box: rows of one height sharing [top, bottom] after each row's room and the gaps between rows. */
export function getRowBoxes(
  columns: readonly { x: number; w: number }[],
  perRow: number,
  top: number,
  bottom: number,
  rooms: readonly RowRoom[],
  rowGap: number,
): Box[] {
  const rows = rooms.length;
  const kept = rooms.reduce((sum, room) => sum + room.above + room.below, 0) + (rows - 1) * rowGap;
  const h = Math.max(0, (bottom - top - kept) / rows);
  const rowTops: number[] = [];
  let cursor = bottom;
  for (const room of rooms) {
    const y = cursor - room.below - h;
    rowTops.push(y);
    cursor = y - room.above - rowGap;
  }
  return columns.map((column, index) => ({ x: column.x, y: rowTops[getRowOf(index, perRow)], w: column.w, h }));
}
