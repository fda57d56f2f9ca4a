import type { Theme } from '@/model/types';
import { mix } from '@/layout/colour';
import type { TrackGeometry } from '@/layout/track';
import type { Primitive, SceneNode } from './primitives';
import { unionBox, type Box } from '@/layout/geometry';
import { arrowPrimitives, lineSegments, sceneNode, textPrimitives } from './sceneNodes';

/**
 * A parallel track, quieter than the steps: the title and a thin axis arrow, the column titles in
 * boxes rising like small steps, and the cells on a pale tint of their column's colour.
 */
export function buildTrackNodes(track: TrackGeometry, theme: Theme, scale: number): SceneNode[] {
  const s = scale;
  const rule = mix(theme.mutedText, theme.background, 0.7);
  // The thin line above every row but the first, across its label and across each of its cells.
  const topRule = (box: Box): Primitive => ({
    kind: 'path',
    segments: lineSegments(box.x, box.y, box.x + box.w, box.y),
    stroke: rule,
    strokeWidth: 0.6 * s,
  });
  const nodes: SceneNode[] = [];
  const heading = [track.title.box, ...(track.axis ? [track.axis.start.box, track.axis.end.box] : [])];
  nodes.push(
    sceneNode({ kind: 'track', id: track.trackId }, unionBox(heading), [
      ...textPrimitives(track.title, theme.text),
      ...(track.axis
        ? [
            ...arrowPrimitives(track.axis.from, track.axis.to, theme.mutedText, 0.9 * s, 6 * s),
            ...textPrimitives(track.axis.start, theme.mutedText),
            ...textPrimitives(track.axis.end, theme.mutedText),
          ]
        : []),
    ]),
  );
  for (const column of track.columns) {
    nodes.push(
      sceneNode({ kind: 'trackColumn', trackId: track.trackId, columnId: column.columnId }, column.header, [
        { kind: 'rect', ...column.header, fill: column.fill, radius: Math.min(theme.cornerRadius, 3) * s },
        ...textPrimitives(column.title, column.textColour),
      ]),
    );
  }
  const tableLeft = Math.min(getLabelsRight(track), ...track.columns.map((c) => c.span.x));
  track.rows.forEach((row, r) => {
    const labelBox = { x: row.box.x, y: row.box.y, w: Math.max(1, tableLeft - row.box.x), h: row.box.h };
    nodes.push(
      sceneNode({ kind: 'trackRow', trackId: track.trackId, rowId: row.rowId }, labelBox, [
        ...(r > 0 ? [topRule(row.box)] : []),
        ...textPrimitives(row.label, theme.mutedText),
      ]),
    );
  });
  const tintOf = new Map(track.columns.map((c) => [c.columnId, c.tint]));
  for (const cell of track.cells) {
    nodes.push(
      sceneNode({ kind: 'trackCell', trackId: track.trackId, columnId: cell.columnId, rowId: cell.rowId }, cell.box, [
        { kind: 'rect', ...cell.box, fill: tintOf.get(cell.columnId) },
        ...(cell.rowId !== track.rows[0].rowId ? [topRule(cell.box)] : []),
        ...textPrimitives(cell.text, theme.text),
      ]),
    );
  }
  return nodes;
}

/** Where the table starts when the track has no columns: the end of the widest row label. */
function getLabelsRight(track: TrackGeometry): number {
  return Math.max(...track.rows.map((row) => row.label.box.x + row.label.box.w), track.box.x + 1);
}
