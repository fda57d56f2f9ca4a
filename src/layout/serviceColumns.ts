// Services under a title in a wide step may stand in two columns, so the list takes about half the
// height and the title can stay large. A service longer than a column wraps inside it where no size
// lets every service keep to one line; a service is never split between the columns.
import type { TextMeasurer } from './fonts';
import { placeText, type TextBlock } from './textBlock';
import { wrapMeasured, type FittedText, type TextBox } from './wrap';

/** Two columns: the first holds the first `rows` lines, the second the rest; `width` is the first's, `gap` between them. */
export type Columns = { rows: number; width: number; gap: number };

/** The gap between the two columns, in ems of the text. */
const GAP_EMS = 1.5;

/**
 * `entries` (each a service, or "+ N til") in two columns at the largest size from `box.size` down
 * to `box.minSize` (in half points) at which every word fits a column's width and the taller column
 * fits the height; the entries are split where the two columns come out most even.
 */
export function fitTwoColumns(
  measurer: TextMeasurer,
  entries: readonly string[],
  box: TextBox,
): (FittedText & { columns: Columns }) | undefined {
  if (entries.length < 2) return undefined;
  // Each service on one line of its column where some size allows it; wrapped only where none does.
  for (const wrap of [false, true]) {
    for (let size = box.size; size >= box.minSize - 1e-9; size -= 0.5) {
      const fitted = layOutAt(measurer, entries, box, size, wrap);
      if (fitted) return fitted;
    }
  }
  return undefined;
}

function layOutAt(
  measurer: TextMeasurer,
  entries: readonly string[],
  box: TextBox,
  size: number,
  wrap: boolean,
): (FittedText & { columns: Columns }) | undefined {
  const gap = size * GAP_EMS;
  const columnWidth = (box.maxWidth - gap) / 2;
  const lineHeight = size * box.lineHeight;
  if (columnWidth <= 0) return undefined;
  const wrapped = entries.map((entry) =>
    wrapMeasured(measurer, entry, box.face, size, columnWidth, false, box.hanging),
  );
  const widthOf = (column: readonly { widths: number[] }[]) => Math.max(0, ...column.flatMap((entry) => entry.widths));
  // A word wider than a column would have to be broken: two columns do not suit this size.
  if (widthOf(wrapped) > columnWidth + 1e-6) return undefined;
  const counts = wrapped.map((entry) => entry.lines.length);
  if (!wrap && counts.some((n) => n > 1)) return undefined;
  const total = counts.reduce((sum, n) => sum + n, 0);
  // The split with the shortest taller column; on a tie, the fuller first column.
  let split = 1;
  let tallest = Infinity;
  let before = 0;
  for (let k = 1; k < entries.length; k++) {
    before += counts[k - 1];
    const rows = Math.max(before, total - before);
    if (rows < tallest || (rows === tallest && before >= total - before)) [split, tallest] = [k, rows];
  }
  if (tallest * lineHeight > box.maxHeight + 1e-6) return undefined;
  const first = wrapped.slice(0, split);
  const second = wrapped.slice(split);
  const width = widthOf(first);
  const indents = wrapped.flatMap((entry) => entry.indents);
  return {
    lines: wrapped.flatMap((entry) => entry.lines),
    ...(indents.some((indent) => indent > 0) ? { indents } : {}),
    face: box.face,
    size,
    lineHeight,
    width: width + gap + widthOf(second),
    height: tallest * lineHeight,
    overflow: false,
    columns: { rows: counts.slice(0, split).reduce((sum, n) => sum + n, 0), width, gap },
  };
}

/** A fitted text at (x, top), its lines after the first `columns.rows` in a second column. */
export function placeInColumns(
  measurer: TextMeasurer,
  fitted: FittedText,
  x: number,
  top: number,
  columns?: Columns,
): TextBlock {
  if (!columns) return placeText(measurer, fitted, x, top);
  const part = (from: number, to?: number) => ({
    ...fitted,
    lines: fitted.lines.slice(from, to),
    indents: fitted.indents?.slice(from, to),
  });
  const first = placeText(measurer, part(0, columns.rows), x, top);
  const second = placeText(measurer, part(columns.rows), x + columns.width + columns.gap, top);
  return {
    ...first,
    lines: [...first.lines, ...second.lines],
    box: { ...first.box, w: fitted.width, h: fitted.height },
  };
}
