import { describe, expect, it } from 'vitest';
import type { Command } from './command';
import { Editor } from './editor';
import * as trackCommands from './trackCommands';
import type { TrappDocument } from './types';
import { createTrackDocument } from '../../tests/unit/fixtures/issue3Documents';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';

const {
  addTrack,
  removeTrack,
  setTrackText,
  setTrackPosition,
  addTrackColumn,
  removeTrackColumn,
  moveTrackColumn,
  setTrackColumnRange,
  setTrackColumnTitle,
} = trackCommands;
const { addTrackRow, removeTrackRow, moveTrackRow, setTrackRowLabel, setTrackCell } = trackCommands;

const T = 'track-housing';
const track = (doc: TrappDocument) => doc.tracks[0];
const columnIds = (doc: TrappDocument) => track(doc).columns.map((c) => c.id);
const rowIds = (doc: TrappDocument) => track(doc).rows.map((r) => r.id);

const cases: Record<string, Case<unknown>> = {
  addTrack: useCase(addTrack)({
    args: (d) => ({ track: { ...structuredClone(track(d)), id: 'track-2', title: 'Bemanning', position: 'above' } }),
    check: (a) =>
      expect(a.tracks.map((t) => [t.id, t.position])).toEqual([
        [T, 'below'],
        ['track-2', 'above'],
      ]),
  }),
  removeTrack: useCase(removeTrack)({ args: () => ({ trackId: T }), check: (a) => expect(a.tracks).toEqual([]) }),
  setTrackText: useCase(setTrackText)({
    args: () => ({ trackId: T, field: 'end', value: 'Heildøgns hjelp' }),
    check: (a) => expect(track(a).axis).toEqual({ start: 'Sjølvstende og eigenmeistring', end: 'Heildøgns hjelp' }),
  }),
  setTrackPosition: useCase(setTrackPosition)({
    args: () => ({ trackId: T, position: 'above' }),
    check: (a) => expect(track(a).position).toBe('above'),
  }),
  addTrackColumn: useCase(addTrackColumn)({
    args: () => ({ trackId: T, index: 1 }),
    check: (a, b) => {
      expect(track(a).columns).toHaveLength(7);
      expect(columnIds(a).filter((_, i) => i !== 1)).toEqual(columnIds(b));
      // Every step already has a column, so the new one takes the last step.
      expect(track(a).columns[1]).toMatchObject({
        title: '',
        cells: {},
        firstStep: a.steps[12].id,
        lastStep: a.steps[12].id,
      });
    },
  }),
  removeTrackColumn: useCase(removeTrackColumn)({
    args: () => ({ trackId: T, columnId: 'col-3' }),
    check: (a) => expect(columnIds(a)).toEqual(['col-1', 'col-2', 'col-4', 'col-5', 'col-6']),
  }),
  moveTrackColumn: useCase(moveTrackColumn)({
    args: () => ({ trackId: T, columnId: 'col-6', toIndex: 0 }),
    check: (a) => expect(columnIds(a)).toEqual(['col-6', 'col-1', 'col-2', 'col-3', 'col-4', 'col-5']),
  }),
  setTrackColumnRange: useCase(setTrackColumnRange)({
    args: (d) => ({ trackId: T, columnId: 'col-1', firstStep: d.steps[4].id, lastStep: d.steps[0].id }),
    check: (a) => expect(track(a).columns[0]).toMatchObject({ firstStep: a.steps[0].id, lastStep: a.steps[4].id }),
  }),
  setTrackColumnTitle: useCase(setTrackColumnTitle)({
    args: () => ({ trackId: T, columnId: 'col-6', title: 'Sjukeheim' }),
    check: (a) => expect(track(a).columns[5].title).toBe('Sjukeheim'),
  }),
  addTrackRow: useCase(addTrackRow)({
    args: () => ({ trackId: T, row: { id: 'row-staff', label: 'Årsverk' }, index: 0 }),
    check: (a, b) => expect(rowIds(a)).toEqual(['row-staff', ...rowIds(b)]),
  }),
  removeTrackRow: useCase(removeTrackRow)({
    args: () => ({ trackId: T, rowId: 'row-services' }),
    check: (a) => {
      expect(rowIds(a)).toEqual(['row-description', 'row-payment', 'row-count']);
      for (const column of track(a).columns) expect(Object.keys(column.cells)).not.toContain('row-services');
    },
  }),
  moveTrackRow: useCase(moveTrackRow)({
    args: () => ({ trackId: T, rowId: 'row-count', toIndex: 1 }),
    check: (a) => expect(rowIds(a)).toEqual(['row-description', 'row-count', 'row-services', 'row-payment']),
  }),
  setTrackRowLabel: useCase(setTrackRowLabel)({
    args: () => ({ trackId: T, rowId: 'row-count', label: 'Tal bustader' }),
    check: (a) => expect(track(a).rows[3].label).toBe('Tal bustader'),
  }),
  setTrackCell: useCase(setTrackCell)({
    args: () => ({ trackId: T, columnId: 'col-1', rowId: 'row-count', text: 'Om lag 20 000' }),
    check: (a) => expect(track(a).columns[0].cells['row-count']).toBe('Om lag 20 000'),
  }),
};

describeCommandCases('track commands', trackCommands, cases, () => createTrackDocument(13));

describe('track commands leave the document alone when their target is missing', () => {
  it.each([
    ['an unknown track', setTrackCell, { trackId: 'nope', columnId: 'col-1', rowId: 'row-count', text: 'x' }],
    ['an unknown row', setTrackCell, { trackId: T, columnId: 'col-1', rowId: 'nope', text: 'x' }],
    ['an unknown step', setTrackColumnRange, { trackId: T, columnId: 'col-1', firstStep: 'nope', lastStep: 'nope' }],
  ] as const)('%s', (_, command, args) => {
    const editor = new Editor(createTrackDocument(13));
    editor.run(command as Command<typeof args>, args);
    expect(editor.canUndo()).toBe(false);
  });

  it('clearing a cell removes it, so it reads as empty', () => {
    const editor = new Editor(createTrackDocument(13));
    editor.run(setTrackCell, { trackId: T, columnId: 'col-1', rowId: 'row-description', text: '' });
    expect('row-description' in track(editor.document).columns[0].cells).toBe(false);
  });

  it('typing into a cell is one undo step', () => {
    const editor = new Editor(createTrackDocument(13));
    for (const text of ['O', 'Om', 'Om l', 'Om lag'])
      editor.run(setTrackCell, { trackId: T, columnId: 'col-1', rowId: 'row-count', text }, { gesture: 'cell' });
    expect(editor.getHistory()).toHaveLength(1);
    editor.undo();
    expect(track(editor.document).columns[0].cells['row-count']).toBeUndefined();
  });
});
