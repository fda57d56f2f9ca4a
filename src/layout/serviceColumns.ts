// Short services under a title in a wide step stand in two columns, so the list takes half the
// height and the title can stay large; a list whose services would wrap stays in one column.
import type { TextMeasurer } from './fonts';
import { placeText, type TextBlock } from './textBlock';
import type { FittedText, TextBox } from './wrap';

/** Two columns of `rows` lines each (the second may have one fewer), `gap` apart. */
export type Columns = { rows: number; width: number; gap: number };

/** The gap between the two columns, in ems of the text. */
const GAP_EMS = 1.5;

/**
 * `entries` (each a service, or "+ N til") two to a row at the largest size from `box.size` down to
 * `box.minSize` (in half points) at which each fits one line of a column and the rows fit the height.
 */
export function fitTwoColumns(measurer: TextMeasurer, entries: readonly string[], box: TextBox): (FittedText & { columns: Columns }) | undefined {
  const rows = Math.ceil(entries.length / 2);
  if (entries.length < 2) return undefined;
  // Widths grow in proportion to the size, so the largest size that fits is found from the widths at one size.
  const perPoint = entries.map((entry) => measurer.width(entry, box.face, box.size) / box.size);
  const widest = Math.max(...perPoint);
  const bound = Math.min(box.size, box.maxWidth / (2 * widest + GAP_EMS), box.maxHeight / (rows * box.lineHeight));
  // On the half-point steps down from the preferred size, as fitText tries them.
  const size = box.size - Math.ceil((box.size - bound - 1e-9) / 0.5) * 0.5;
  if (size < box.minSize - 1e-9) return undefined;
  const lineHeight = size * box.lineHeight;
  const gap = size * GAP_EMS;
  const widths = perPoint.map((w) => w * size);
  const used = Math.max(...widths.slice(0, rows)) + gap + Math.max(...widths.slice(rows));
  return { lines: [...entries], face: box.face, size, lineHeight, width: used, height: rows * lineHeight, overflow: false, columns: { rows, width: Math.max(...widths.slice(0, rows)), gap } };
}

/** A fitted text at (x, top), its lines after the first `columns.rows` in a second column. */
export function placeInColumns(measurer: TextMeasurer, fitted: FittedText, x: number, top: number, columns?: Columns): TextBlock {
  if (!columns) return placeText(measurer, fitted, x, top);
  const first = placeText(measurer, { ...fitted, lines: fitted.lines.slice(0, columns.rows) }, x, top);
  const second = placeText(measurer, { ...fitted, lines: fitted.lines.slice(columns.rows) }, x + columns.width + columns.gap, top);
  return { ...first, lines: [...first.lines, ...second.lines], box: { ...first.box, w: fitted.width, h: fitted.height } };
}
