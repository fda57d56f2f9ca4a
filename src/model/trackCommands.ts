import type { Draft } from 'immer';
import { defineCommand } from './command';
import { newId } from './ids';
import { getStepIndex, setStepRange } from './steps';
import { insertAt, moveById, withoutId } from './lists';
import type { Track, TrappDocument } from './types';
import { limits } from './limits';

type TrackColumn = Track['columns'][number];
type TrackRow = Track['rows'][number];

const findTrack = (doc: Draft<TrappDocument>, trackId: string) => doc.tracks.find((t) => t.id === trackId);
const findColumn = (doc: Draft<TrappDocument>, trackId: string, columnId: string) =>
  findTrack(doc, trackId)?.columns.find((c) => c.id === columnId);
const findRow = (doc: Draft<TrappDocument>, trackId: string, rowId: string) =>
  findTrack(doc, trackId)?.rows.find((r) => r.id === rowId);

export const addTrack = defineCommand<{ track: Track }>('addTrack', (doc, { track }) => {
  doc.tracks.push(track);
});

export const removeTrack = defineCommand<{ trackId: string }>('removeTrack', (doc, { trackId }) => {
  doc.tracks = withoutId(doc.tracks, trackId);
});

export type TrackTextField = 'title' | 'start' | 'end';

/** The track's title or one of its axis's end labels. */
export const setTrackText = defineCommand<{ trackId: string; field: TrackTextField; value: string }>(
  'setTrackText',
  (doc, { trackId, field, value }) => {
    const track = findTrack(doc, trackId);
    if (!track) return;
    if (field === 'title') track.title = value;
    else track.axis[field] = value;
  },
  ({ field }) => ({ key: `history.setTrackText.${field}` }),
);

export const setTrackPosition = defineCommand<{ trackId: string; position: Track['position'] }>(
  'setTrackPosition',
  (doc, { trackId, position }) => {
    const track = findTrack(doc, trackId);
    if (track) track.position = position;
  },
);

/**
 * Adds a column at `index` (default: last). Without a column given, a new empty one spans the
 * step after the track's last column, or the last step.
 */
export const addTrackColumn = defineCommand<{ trackId: string; index?: number; column?: TrackColumn }>(
  'addTrackColumn',
  (doc, { trackId, index, column }) => {
    const track = findTrack(doc, trackId);
    if (!track || (!column && doc.steps.length === 0)) return;
    const lastUsed = Math.max(-1, ...track.columns.map((c) => getStepIndex(doc, c.lastStep)));
    const stepId = doc.steps[Math.min(doc.steps.length - 1, lastUsed + 1)]?.id;
    const added = column ?? { id: newId('column'), title: '', firstStep: stepId, lastStep: stepId, cells: {} };
    insertAt(track.columns, added, index);
  },
);

export const removeTrackColumn = defineCommand<{ trackId: string; columnId: string }>(
  'removeTrackColumn',
  (doc, { trackId, columnId }) => {
    const track = findTrack(doc, trackId);
    if (track) track.columns = withoutId(track.columns, columnId);
  },
);

export const moveTrackColumn = defineCommand<{ trackId: string; columnId: string; toIndex: number }>(
  'moveTrackColumn',
  (doc, { trackId, columnId, toIndex }) => {
    const track = findTrack(doc, trackId);
    if (track) moveById(track.columns, columnId, toIndex);
  },
);

/** Which steps a column spans; the ends may come in either order. */
export const setTrackColumnRange = defineCommand<{
  trackId: string;
  columnId: string;
  firstStep: string;
  lastStep: string;
}>('setTrackColumnRange', (doc, { trackId, columnId, firstStep, lastStep }) => {
  setStepRange(doc, findColumn(doc, trackId, columnId), firstStep, lastStep);
});

export const setTrackColumnTitle = defineCommand<{ trackId: string; columnId: string; title: string }>(
  'setTrackColumnTitle',
  (doc, { trackId, columnId, title }) => {
    const column = findColumn(doc, trackId, columnId);
    if (column) column.title = title;
  },
);

export const addTrackRow = defineCommand<{ trackId: string; index?: number; row?: TrackRow }>(
  'addTrackRow',
  (doc, { trackId, index, row }) => {
    const track = findTrack(doc, trackId);
    if (!track || track.rows.length >= limits.trackRows) return;
    insertAt(track.rows, row ?? { id: newId('row'), label: '' }, index);
  },
);

/** Removes a row and its cells in every column. */
export const removeTrackRow = defineCommand<{ trackId: string; rowId: string }>(
  'removeTrackRow',
  (doc, { trackId, rowId }) => {
    const track = findTrack(doc, trackId);
    if (!track) return;
    track.rows = withoutId(track.rows, rowId);
    for (const column of track.columns) delete column.cells[rowId];
  },
);

export const moveTrackRow = defineCommand<{ trackId: string; rowId: string; toIndex: number }>(
  'moveTrackRow',
  (doc, { trackId, rowId, toIndex }) => {
    const track = findTrack(doc, trackId);
    if (track) moveById(track.rows, rowId, toIndex);
  },
);

export const setTrackRowLabel = defineCommand<{ trackId: string; rowId: string; label: string }>(
  'setTrackRowLabel',
  (doc, { trackId, rowId, label }) => {
    const row = findRow(doc, trackId, rowId);
    if (row) row.label = label;
  },
);

/** A cell's text; an empty text removes the cell, since a missing cell is an empty one. */
export const setTrackCell = defineCommand<{ trackId: string; columnId: string; rowId: string; text: string }>(
  'setTrackCell',
  (doc, { trackId, columnId, rowId, text }) => {
    const column = findColumn(doc, trackId, columnId);
    if (!column || !findRow(doc, trackId, rowId)) return;
    if (text === '') delete column.cells[rowId];
    else column.cells[rowId] = text;
  },
);
