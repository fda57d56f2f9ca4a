import type { Box, OverviewLayout } from '@/layout/overview';
import type { SceneRef } from './primitives';
import { isSameRef } from './sceneRef';

/** A text on the page that can be edited in place: what it belongs to, which field, and where it is drawn. */
export type EditField = { ref: SceneRef; field: string; box: Box; size: number };

const MIN_WIDTH = 60;
const widen = (box: Box, right: number): Box => ({ ...box, w: Math.max(box.w, Math.min(MIN_WIDTH, right - box.x)) });

/** The overview's editable texts; an empty text still gets a box where it would start. */
export function getOverviewFields(layout: OverviewLayout): EditField[] {
  const fields: EditField[] = [
    {
      ref: { kind: 'header', id: 'header' },
      field: 'municipality',
      box: layout.header.municipality.box,
      size: layout.header.municipality.size,
    },
    {
      ref: { kind: 'header', id: 'header' },
      field: 'title',
      box: layout.header.title.box,
      size: layout.header.title.size,
    },
  ];
  for (const step of layout.steps) {
    const right = step.x + step.w;
    fields.push({
      ref: { kind: 'step', id: step.stepId },
      field: 'title',
      box: widen(step.title.box, right),
      size: step.title.size,
    });
    if (step.subtitle)
      fields.push({
        ref: { kind: 'step', id: step.stepId },
        field: 'subtitle',
        box: widen(step.subtitle.box, right),
        size: step.subtitle.size,
      });
  }
  for (const band of layout.bands)
    fields.push({ ref: { kind: 'band', id: band.bandId }, field: 'label', box: band.label.box, size: band.label.size });
  for (const track of layout.tracks) {
    for (const cell of track.cells)
      fields.push({
        ref: { kind: 'trackCell', trackId: track.trackId, columnId: cell.columnId, rowId: cell.rowId },
        field: 'cell',
        box: cell.box,
        size: cell.text.size || 7,
      });
  }
  return fields;
}

/** The field under a point of the page, or the node's first field when none is. */
export function pickField(
  fields: readonly EditField[],
  ref: SceneRef,
  point: { x: number; y: number },
): EditField | undefined {
  const own = fields.filter((f) => isSameRef(f.ref, ref));
  return (
    own.find(
      (f) => point.x >= f.box.x && point.x <= f.box.x + f.box.w && point.y >= f.box.y && point.y <= f.box.y + f.box.h,
    ) ?? own[0]
  );
}
