import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { Editor } from '@/model/editor';
import { addStep, removeStep } from '@/model/commands';
import { setTrackCell } from '@/model/trackCommands';
import type { TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { bottom, EPS, inside, lineBoxes, overlaps } from '../../tests/unit/fixtures/boxes';
import { createTrackDocument } from '../../tests/unit/fixtures/issue3Documents';
import { layoutOverview, type OverviewLayout } from './overview';
import { shareOut } from './track';

const measurer = getNodeMeasurer();
const pages = {
  'A3 landscape': { size: 'A3', orientation: 'landscape' },
  'A4 portrait': { size: 'A4', orientation: 'portrait' },
} as const;

/** Every column's span starts where its first step's column starts (on the reading side). */
function expectColumnsAtTheirSteps(doc: TrappDocument, layout: OverviewLayout) {
  const track = doc.tracks[0];
  const geometry = layout.tracks[0];
  const rightward = doc.layout.direction === 'right';
  const starts = new Set<string>();
  for (const column of track.columns) {
    const placed = geometry.columns.find((c) => c.columnId === column.id)!;
    const stepColumn = layout.stepColumns.find((c) => c.stepId === column.firstStep)!;
    // Columns that share a first step share its range; the first of them starts with the step.
    if (starts.has(column.firstStep)) continue;
    starts.add(column.firstStep);
    if (rightward) expect(placed.span.x).toBeCloseTo(stepColumn.x, 6);
    else expect(placed.span.x + placed.span.w).toBeCloseTo(stepColumn.x + stepColumn.w, 6);
  }
}

const cases = [5, 13, 20, 30].flatMap((steps) =>
  Object.keys(pages).flatMap((page) =>
    (['right', 'left'] as const).map((direction) => [steps, page, direction] as const),
  ),
);

describe.each(cases)('a housing track under %i steps, %s, rising %s', (steps, page, direction) => {
  const doc = createTrackDocument(steps, { direction, page: pages[page as keyof typeof pages] });
  const layout = layoutOverview(doc, measurer, sceneExtras);
  const track = layout.tracks[0];
  const pageBox = { x: 0, y: 0, w: layout.width, h: layout.height };

  it('lays out every column, row and cell', () => {
    expect(track.columns.map((c) => c.columnId)).toEqual(doc.tracks[0].columns.map((c) => c.id));
    expect(track.rows.map((r) => r.rowId)).toEqual(doc.tracks[0].rows.map((r) => r.id));
    expect(track.cells).toHaveLength(track.columns.length * track.rows.length);
  });

  it('tiles the columns without overlap, each starting at its first step', () => {
    const spans = [...track.columns].map((c) => c.span).sort((a, b) => a.x - b.x);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i].x).toBeGreaterThanOrEqual(spans[i - 1].x + spans[i - 1].w - EPS);
    for (const span of spans) expect(span.w).toBeGreaterThan(0);
    expectColumnsAtTheirSteps(doc, layout);
  });

  it('keeps cells apart and every line of text inside its cell or header', () => {
    track.cells.forEach((a, i) => track.cells.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box)).toBe(false)));
    for (const cell of track.cells)
      for (const line of lineBoxes(measurer, cell.text))
        expect(
          inside(line, cell.box),
          `${cell.columnId}:${cell.rowId} "${cell.text.lines.map((l) => l.text).join(' ')}"`,
        ).toBe(true);
    for (const column of track.columns) {
      for (const line of lineBoxes(measurer, column.title)) expect(inside(line, column.header)).toBe(true);
      for (const cell of track.cells) expect(overlaps(column.header, cell.box)).toBe(false);
    }
    for (const cell of track.cells)
      if (cell.text.lines.length) expect(cell.text.size).toBeGreaterThanOrEqual(6 * layout.scale - EPS);
  });

  it('sits on the page between the staircase and the axis, overlapping neither', () => {
    expect(inside(track.box, pageBox)).toBe(true);
    const lowestStep = Math.max(...layout.steps.map(bottom));
    expect(track.box.y).toBeGreaterThan(lowestStep);
    if (layout.axis) expect(bottom(track.box)).toBeLessThan(layout.axis.from.y - 5);
    for (const row of track.rows)
      for (const line of lineBoxes(measurer, row.label))
        expect(line.x + line.w).toBeLessThanOrEqual(Math.min(...track.columns.map((c) => c.span.x)) + EPS);
    for (const band of layout.bands) expect(overlaps(band.strip, track.box)).toBe(false);
  });
});

describe('a track above the staircase', () => {
  it('sits under the header and above every step', () => {
    const layout = layoutOverview(createTrackDocument(13, { position: 'above' }), measurer, sceneExtras);
    const track = layout.tracks[0];
    expect(track.box.y).toBeGreaterThanOrEqual(bottom(layout.header.box));
    expect(bottom(track.box)).toBeLessThan(Math.min(...layout.steps.map((s) => s.y)));
  });
});

describe('a track follows its steps', () => {
  const doc = createTrackDocument(13);

  it('stays aligned when a 14th step is added', () => {
    const editor = new Editor(doc);
    editor.run(addStep, { index: 13 });
    expect(editor.document.steps).toHaveLength(14);
    const layout = layoutOverview(editor.document, measurer, sceneExtras);
    expect(editor.document.tracks[0].columns.map((c) => [c.firstStep, c.lastStep])).toEqual(
      doc.tracks[0].columns.map((c) => [c.firstStep, c.lastStep]),
    );
    expectColumnsAtTheirSteps(editor.document, layout);
  });

  it('re-aligns when step 7 is removed', () => {
    const editor = new Editor(doc);
    editor.run(removeStep, { stepId: doc.steps[6].id });
    const after = editor.document;
    // Kommunale bustader spanned step 7 alone, so it went with it; the others keep their steps.
    expect(after.tracks[0].columns.map((c) => c.title)).not.toContain('Kommunale bustader');
    const layout = layoutOverview(after, measurer, sceneExtras);
    expectColumnsAtTheirSteps(after, layout);
    const eigen = layout.tracks[0].columns[0];
    const next = layout.tracks[0].columns[1];
    expect(eigen.span.x + eigen.span.w).toBeCloseTo(next.span.x, 6);
  });

  it('reports a cell too long for its column, and keeps what it shows inside the cell', () => {
    const editor = new Editor(createTrackDocument(30));
    editor.run(setTrackCell, {
      trackId: 'track-housing',
      columnId: 'col-2',
      rowId: 'row-count',
      text: 'Tal på bebuarar i kommunale bustader '.repeat(30),
    });
    const layout = layoutOverview(editor.document, measurer, sceneExtras);
    expect(layout.overflows).toContainEqual({ kind: 'track', id: 'track-housing:col-2:row-count', field: 'cell' });
    const cell = layout.tracks[0].cells.find((c) => c.columnId === 'col-2' && c.rowId === 'row-count')!;
    expect(cell.text.lines.at(-1)?.text.endsWith('…')).toBe(true);
    for (const line of lineBoxes(measurer, cell.text)) expect(inside(line, cell.box)).toBe(true);
  });
});

describe('shareOut', () => {
  it('gives small rows what they want and splits the rest', () => {
    expect(shareOut([10, 100, 20], 90)).toEqual([10, 60, 20]);
    expect(shareOut([50, 50], 60)).toEqual([30, 30]);
    expect(shareOut([10, 10], 100)).toEqual([10, 10]);
  });
});
