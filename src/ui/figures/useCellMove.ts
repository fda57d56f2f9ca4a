import { useRef } from 'react';

/** A table's cells moved between like a spreadsheet's: `move` focuses the cell at a row and column. */
export function useCellMove() {
  const table = useRef<HTMLTableElement>(null);
  const move = (row: number, column: number) =>
    table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${column}"]`)?.focus();
  return { table, move };
}
