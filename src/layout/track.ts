import type { Theme, Track } from '@/model/types';
import { gradientAt, mix, readableOn } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow, StepColumn } from './geometry';
import { placeText, type TextBlock } from './textBlock';
import { getTrackColumnSpans, type TrackColumnSpan } from './trackColumns';
import { fitText } from './wrap';
import { createOverflowFit } from './overflowFit';
import { getOwn } from '@/model/limits';

export type TrackColumnGeometry = {
  columnId: string;
  span: { x: number; w: number };
  header: Box;
  fill: string;
  textColour: string;
  tint: string;
  title: TextBlock;
};
export type TrackCellGeometry = { columnId: string; rowId: string; box: Box; text: TextBlock };
export type TrackRowGeometry = { rowId: string; box: Box; label: TextBlock };
export type TrackGeometry = {
  trackId: string;
  box: Box;
  title: TextBlock;
  /** Left out when the track has no end labels or repeats the page's own axis. */
  axis?: { from: { x: number; y: number }; to: { x: number; y: number }; start: TextBlock; end: TextBlock };
  columns: TrackColumnGeometry[];
  rows: TrackRowGeometry[];
  cells: TrackCellGeometry[];
  /** Rules between rows, from the label column to the table's right edge. */
  rules: { x1: number; x2: number; y: number }[];
};

/** The page frame a track is laid out in: a label column at the left, the steps' columns to its right. */
export type TrackFrame = {
  labelX: number;
  labelW: number;
  stepColumns: readonly StepColumn[];
  rightward: boolean;
  theme: Theme;
  scale: number;
  /** The page's axis when it is drawn: a track axis with the same end labels is not drawn twice. */
  axis?: { start: string; end: string };
};

export type TrackPlan = { height: number; place: (top: number) => TrackGeometry };

/**
 * Fits every text of a track into at most `maxHeight`: title and axis, a header row of column titles
 * rising like small steps, then one row per named row with the cells' text wrapped in their columns.
 * Rows share out the height by how much text they hold; cells shrink before they are cut.
 */
export function planTrack(
  measurer: TextMeasurer,
  track: Track,
  frame: TrackFrame,
  maxHeight: number,
  overflows: Overflow[],
): TrackPlan {
  const { theme, scale } = frame;
  const u = (v: number) => v * scale;
  const heading = (weight: 600 | 700): FontFace => ({ family: theme.headingFont, weight });
  const body: FontFace = { family: theme.bodyFont, weight: 400 };
  const fit = createOverflowFit(measurer, overflows);
  const pad = { x: u(4), y: u(3), gap: u(2), rise: u(5), rowGap: u(6) };
  const spans = getTrackColumnSpans(track, frame.stepColumns, frame.rightward);
  const tableLeft = spans.length ? Math.min(...spans.map((s) => s.x)) : frame.labelX + frame.labelW;
  const tableRight = spans.length ? Math.max(...spans.map((s) => s.x + s.w)) : tableLeft;
  // Narrow columns give up some padding before their text gives up size.
  const padX = (span: TrackColumnSpan) => Math.min(pad.x, span.w * 0.05);
  const innerWidth = (span: TrackColumnSpan) => span.w - pad.gap - 2 * padX(span);

  // Title and axis on a row of their own; without an axis the title sits in the label column beside the header row.
  const title = fit(track.title, heading(700), u(11), u(8), frame.labelW - u(8), u(11) * 1.2 * 2, {
    kind: 'track',
    id: track.id,
    field: 'title',
  });
  const repeatsPageAxis =
    frame.axis !== undefined && frame.axis.start === track.axis.start && frame.axis.end === track.axis.end;
  const hasAxis = !repeatsPageAxis && (track.axis.start.trim() !== '' || track.axis.end.trim() !== '');
  const axisWidth = (tableRight - tableLeft) * 0.4;
  const [axisStart, axisEnd] = [track.axis.start, track.axis.end].map((text) =>
    fit(
      text,
      heading(600),
      u(8),
      u(6.5),
      axisWidth,
      u(8) * 1.2,
      hasAxis ? { kind: 'track', id: track.id, field: 'axis' } : undefined,
    ),
  );
  const titleRow = hasAxis ? Math.max(title.height, axisStart.height, axisEnd.height) + pad.rowGap : 0;

  // Header: the columns' titles in boxes that rise one small step per column.
  const headerTexts = spans.map((span) => {
    const column = track.columns.find((c) => c.id === span.columnId)!;
    return fit(column.title, heading(600), u(8.5), u(6), innerWidth(span), u(8.5) * 1.2 * 4, {
      kind: 'track',
      id: `${track.id}:${column.id}`,
      field: 'title',
    });
  });
  const headerBase = Math.max(u(12), ...headerTexts.map((t) => t.height)) + 2 * pad.y;
  const headerRow = Math.max(hasAxis ? 0 : title.height + u(8), headerBase + Math.max(0, spans.length - 1) * pad.rise);

  // Rows get the height their text would like; when that is too much, short rows keep theirs and long ones share the rest.
  const cellSize = { size: u(8), min: u(6) };
  const labelFit = (label: string, room: number, id: string) =>
    fit(label.toUpperCase(), heading(600), u(7), u(6), frame.labelW - u(8), room, {
      kind: 'track',
      id,
      field: 'label',
    });
  // Each cell at the largest size its longest word fits its column: the height it would like.
  const wishes = track.rows.map((row) =>
    spans.map((span) =>
      fit(cellText(track, span.columnId, row.id), body, cellSize.size, cellSize.min, innerWidth(span), Infinity),
    ),
  );
  const natural = track.rows.map((row, r) => {
    const label = fitText(measurer, row.label.toUpperCase(), {
      face: heading(600),
      size: u(7),
      minSize: u(7),
      lineHeight: 1.2,
      maxWidth: frame.labelW - u(8),
      maxHeight: Infinity,
    }).height;
    return Math.max(cellSize.size * 1.2, label, ...wishes[r].map((fitted) => fitted.height)) + 2 * pad.y;
  });
  const fixed = titleRow + headerRow;
  const room = Math.max(0, maxHeight - fixed);
  const wanted = natural.reduce((a, b) => a + b, 0);
  const rowHeights = wanted <= room ? [...natural] : shareOut(natural, room);
  const rows = track.rows.map((row, r) => {
    const inner = Math.max(0, rowHeights[r] - 2 * pad.y);
    const label = labelFit(row.label, inner, `${track.id}:${row.id}`);
    const fitCell = (span: TrackColumnSpan, size: number) =>
      fit(cellText(track, span.columnId, row.id), body, size, Math.min(size, cellSize.min), innerWidth(span), inner);
    // A row reads across in one size: the size its most crowded cell needs.
    const preferred = rowHeights[r] >= natural[r] ? wishes[r] : spans.map((span) => fitCell(span, cellSize.size));
    const size = Math.min(cellSize.size, ...preferred.map((fitted) => fitted.size));
    const cells = spans.map((span, i) => {
      const fitted = preferred[i].size === size ? preferred[i] : fitCell(span, size);
      if (fitted.overflow)
        overflows.push({ kind: 'track', id: `${track.id}:${span.columnId}:${row.id}`, field: 'cell' });
      return fitted;
    });
    // Hand back what the row's text did not use, so the staircase gets it.
    rowHeights[r] = Math.min(
      rowHeights[r],
      Math.max(cellSize.min * 1.2, label.height, ...cells.map((c) => c.height)) + 2 * pad.y,
    );
    return { row, label, cells };
  });
  const height = fixed + rowHeights.reduce((a, b) => a + b, 0);

  const place = (top: number): TrackGeometry => {
    const axisY = top + (titleRow - pad.rowGap) / 2;
    const [startX, endX] = frame.rightward ? [tableLeft, tableRight] : [tableRight, tableLeft];
    const direction = frame.rightward ? 1 : -1;
    const start = placeText(
      measurer,
      axisStart,
      startX,
      axisY - axisStart.height / 2,
      frame.rightward ? 'start' : 'end',
    );
    const end = placeText(measurer, axisEnd, endX, axisY - axisEnd.height / 2, frame.rightward ? 'end' : 'start');
    const axis = hasAxis
      ? {
          from: { x: startX + direction * (axisStart.width + u(8)), y: axisY },
          to: { x: endX - direction * (axisEnd.width + u(8)), y: axisY },
          start,
          end,
        }
      : undefined;

    const headerTop = top + titleRow;
    const headerBottom = headerTop + headerRow;
    const count = spans.length;
    const columns = spans.map((span, i) => {
      const column = track.columns.find((c) => c.id === span.columnId)!;
      const h = headerBase + i * pad.rise;
      const header = { x: span.x + pad.gap / 2, y: headerBottom - h, w: span.w - pad.gap, h };
      const fill = gradientAt(theme.stepColours, count <= 1 ? 0.3 : 0.12 + (0.76 * i) / (count - 1));
      const textColour = readableOn(fill, theme.text);
      return {
        columnId: column.id,
        span: { x: span.x, w: span.w },
        header,
        fill,
        textColour,
        tint: mix(fill, theme.background, 0.86),
        title: placeText(measurer, headerTexts[i], header.x + padX(span), header.y + pad.y),
      };
    });

    let y = headerBottom;
    const rules: TrackGeometry['rules'] = [];
    const placedRows: TrackRowGeometry[] = [];
    const cells: TrackCellGeometry[] = [];
    rows.forEach(({ row, label, cells: fitted }, r) => {
      const h = rowHeights[r];
      if (r > 0) rules.push({ x1: frame.labelX, x2: tableRight, y });
      placedRows.push({
        rowId: row.id,
        box: { x: frame.labelX, y, w: tableRight - frame.labelX, h },
        label: placeText(measurer, label, frame.labelX, y + pad.y),
      });
      spans.forEach((span, i) => {
        const box = { x: span.x + pad.gap / 2, y, w: span.w - pad.gap, h };
        cells.push({
          columnId: span.columnId,
          rowId: row.id,
          box,
          text: placeText(measurer, fitted[i], box.x + padX(span), y + pad.y),
        });
      });
      y += h;
    });
    const titleBlock = placeText(
      measurer,
      title,
      frame.labelX,
      hasAxis ? axisY - title.height / 2 : headerBottom - title.height - u(8),
    );
    const box = {
      x: frame.labelX,
      y: top,
      w: Math.max(tableRight, frame.labelX + frame.labelW) - frame.labelX,
      h: height,
    };
    return { trackId: track.id, box, title: titleBlock, axis, columns, rows: placedRows, cells, rules };
  };
  return { height, place };
}

function cellText(track: Track, columnId: string, rowId: string): string {
  return getOwn(track.columns.find((c) => c.id === columnId)?.cells, rowId) ?? '';
}

/** Shares `room` among rows: rows that want less than an equal share get what they want, the rest split what is left. */
export function shareOut(wanted: readonly number[], room: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b]);
  const result = new Array<number>(wanted.length).fill(0);
  let left = room;
  order.forEach((index, k) => {
    result[index] = Math.min(wanted[index], left / (order.length - k));
    left -= result[index];
  });
  return result;
}
