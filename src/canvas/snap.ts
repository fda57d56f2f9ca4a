// Snapping while dragging: pure box arithmetic, no React, so it is tested on its own.
import type { Box } from '@/layout/geometry';

/** A helper line to draw: vertical at x (axis 'x') or horizontal at y (axis 'y'), from one end to the other. */
export type SnapLine = { axis: 'x' | 'y'; at: number; from: number; to: number };
export type SnapResult = { dx: number; dy: number; lines: SnapLine[] };
export type SnapOptions = { threshold: number; grid?: number };

const edges = (start: number, size: number) => [start, start + size / 2, start + size];

/** The smallest shift along one axis that puts an edge or centre of `box` on one of another box's. */
function snapAxis(box: Box, others: readonly Box[], axis: 'x' | 'y', threshold: number) {
  const [pos, size, cross, crossSize] =
    axis === 'x' ? (['x', 'w', 'y', 'h'] as const) : (['y', 'h', 'x', 'w'] as const);
  let best: { shift: number; at: number; other: Box } | undefined;
  for (const other of others) {
    for (const target of edges(other[pos], other[size])) {
      for (const mine of edges(box[pos], box[size])) {
        const shift = target - mine;
        if (Math.abs(shift) <= threshold && (!best || Math.abs(shift) < Math.abs(best.shift)))
          best = { shift, at: target, other };
      }
    }
  }
  if (!best) return undefined;
  const { shift, at } = best;
  // One line through every box that shares the snapped position, from the topmost to the lowest.
  const sharing = [...others, { ...box, [pos]: box[pos] + shift }].filter((b) =>
    edges(b[pos], b[size]).some((e) => Math.abs(e - at) < 0.01),
  );
  const from = Math.min(...sharing.map((b) => b[cross]));
  const to = Math.max(...sharing.map((b) => b[cross] + b[crossSize]));
  return { shift, line: { axis, at, from, to } satisfies SnapLine };
}

/**
 * How far to shift a dragged box so that its edges or centre line up with another box's (a helper
 * line is drawn for each), or else its top-left corner lands on the grid. Each axis snaps on its own.
 */
export function snapBox(box: Box, others: readonly Box[], { threshold, grid }: SnapOptions): SnapResult {
  const result: SnapResult = { dx: 0, dy: 0, lines: [] };
  for (const axis of ['x', 'y'] as const) {
    const found = snapAxis(box, others, axis, threshold);
    const key = axis === 'x' ? 'dx' : 'dy';
    if (found) {
      result[key] = found.shift;
      result.lines.push(found.line);
    } else if (grid) {
      const start = box[axis];
      const shift = Math.round(start / grid) * grid - start;
      if (Math.abs(shift) <= threshold) result[key] = shift;
    }
  }
  return result;
}
