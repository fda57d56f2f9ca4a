import type { Track } from '@/model/types';
import type { StepColumn } from './geometry';
import { getColumnsSpan, getRangeIndices } from './stepColumns';

/** Where a track column sits across the page, and its place in step order (0 = nearest step 1). */
export type TrackColumnSpan = { columnId: string; order: number; x: number; w: number };

/**
 * The x-range of each track column. A column starts where its first step starts and reaches to
 * where the next column starts, stretching over steps no column claims, so the columns tile
 * without overlap and a one-step column stays as wide as it can. Columns that start on the same
 * step share that range equally, in document order.
 */
export function getTrackColumnSpans(
  track: Track,
  stepColumns: readonly StepColumn[],
  rightward: boolean,
): TrackColumnSpan[] {
  const stepIds = stepColumns.map((c) => c.stepId);
  const ranged = track.columns
    .map((column, docIndex) => ({ column, docIndex, range: getRangeIndices(stepIds, column) }))
    .filter((entry): entry is typeof entry & { range: [number, number] } => entry.range !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.docIndex - b.docIndex);
  const starts = [...new Set(ranged.map((entry) => entry.range[0]))];
  const spans: TrackColumnSpan[] = [];
  starts.forEach((start, i) => {
    const group = ranged.filter((entry) => entry.range[0] === start);
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : Math.max(...group.map((entry) => entry.range[1]));
    const span = getColumnsSpan(stepColumns, start, end);
    const share = span.w / group.length;
    group.forEach((entry, k) => {
      const x = rightward ? span.x + k * share : span.x + span.w - (k + 1) * share;
      spans.push({ columnId: entry.column.id, order: spans.length, x, w: share });
    });
  });
  return spans;
}
