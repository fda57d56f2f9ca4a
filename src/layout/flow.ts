// Flows blocks of wrapped text through columns and onto further sheets, never clipping.

export type FlowBlock = {
  /** Line height in points and number of lines; a block may be split between lines when it must. */
  lineHeight: number;
  lines: number;
  spaceBefore: number;
  /** Keep on the same column as the next block (headings). */
  keepWithNext: boolean;
};

export type FlowPlacement = {
  block: number;
  sheet: number;
  column: number;
  y: number;
  firstLine: number;
  lineCount: number;
};

export type FlowArea = { columns: number; top: (sheet: number) => number; bottom: number };

export function flowBlocks(blocks: readonly FlowBlock[], area: FlowArea): FlowPlacement[] {
  const placements: FlowPlacement[] = [];
  let sheet = 0;
  let column = 0;
  let y = area.top(0);
  let columnHasContent = false;
  const nextColumn = () => {
    column += 1;
    if (column >= area.columns) {
      column = 0;
      sheet += 1;
    }
    y = area.top(sheet);
    columnHasContent = false;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const space = columnHasContent ? block.spaceBefore : 0;
    let need = space + block.lines * block.lineHeight;
    if (block.keepWithNext && i + 1 < blocks.length) {
      // A heading goes with the whole of the block after it, or its first line if that block must be split anyway.
      const next = blocks[i + 1];
      const whole = next.lines * next.lineHeight;
      need += next.spaceBefore + (whole <= area.bottom - area.top(sheet) ? whole : next.lineHeight);
    }
    if (columnHasContent && y + need > area.bottom) nextColumn();
    // A block that fits a fresh column is never split; only one taller than a whole column is.
    const columnHeight = area.bottom - area.top(sheet);
    if (
      columnHasContent &&
      y + space + block.lines * block.lineHeight > area.bottom &&
      block.lines * block.lineHeight <= columnHeight
    )
      nextColumn();
    let firstLine = 0;
    y += columnHasContent ? block.spaceBefore : 0;
    while (firstLine < block.lines) {
      const room = Math.max(1, Math.floor((area.bottom - y + 1e-6) / block.lineHeight));
      const count = Math.min(room, block.lines - firstLine);
      placements.push({ block: i, sheet, column, y, firstLine, lineCount: count });
      y += count * block.lineHeight;
      columnHasContent = true;
      firstLine += count;
      if (firstLine < block.lines) nextColumn();
    }
  }
  return placements;
}

/** The tallest thing that must stand unbroken in one column: a block, with its heading when it has one. */
export function getTallestUnit(blocks: readonly FlowBlock[]): number {
  let tallest = 0;
  blocks.forEach((block, i) => {
    const height = block.lines * block.lineHeight;
    const previous = blocks[i - 1];
    const withHeading = previous?.keepWithNext
      ? previous.lines * previous.lineHeight + block.spaceBefore + height
      : height;
    tallest = Math.max(tallest, withHeading);
  });
  return tallest;
}
