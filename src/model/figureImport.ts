// Figures brought in from a spreadsheet: pasted text (tab-separated, as Excel and LibreOffice
// copy) or a CSV file become a grid; the grid's headings and row labels give a guessed mapping
// the user can change; reading the grid with a mapping gives the figures and what could not be read.
import type { ImportedFigure } from './figureCommands';
import { findFigure, getSeries } from './figureTable';
import { parseNorwegianNumber } from './numbers';
import type { FigureKind, TrappDocument } from './types';

/** A spreadsheet cell: text as typed, or a number as a spreadsheet file stores it. */
export type GridCell = string | number;
export type Grid = GridCell[][];

/** Where a column's values go: one figure in one series, or nowhere. */
export type ColumnTarget = { kind: FigureKind; label?: string; series: string; unit: string } | null;

export type ImportMapping = {
  /** The first row holds headings, not figures. */
  headerRow: boolean;
  /** The column holding the step labels ("Trinn 1"), not figures. */
  stepColumn: number | null;
  columns: ColumnTarget[];
  /** The step each row's figures go to, by step id; null: the row is left out. */
  rows: (string | null)[];
};

export type ImportProblem = { row: number; column: number; text: string };
export type ImportResult = { figures: ImportedFigure[]; problems: ImportProblem[] };

/** Splits delimited text into rows of cells: tab when there is one, else ';' or ',' by which splits the lines more evenly. Quoted cells may hold separators, quotes ("") and line breaks. */
export function parseDelimited(text: string): Grid {
  const source = text.replace(/^\ufeff/, '');
  const separator = detectSeparator(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') ((quoted = true), (cell = ''));
    else if (c === separator) (row.push(cell), (cell = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      (row.push(cell), rows.push(row), (row = []), (cell = ''));
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) (row.push(cell), rows.push(row));
  return trimGrid(rows);
}

function detectSeparator(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 20);
  if (lines.some((l) => l.includes('\t'))) return '\t';
  const score = (sep: string) => {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(sep).length - 1);
    const min = Math.min(...counts);
    return min > 0 ? min * 10 - (Math.max(...counts) - min) : 0;
  };
  return score(';') >= score(',') && score(';') > 0 ? ';' : score(',') > 0 ? ',' : ';';
}

/** Drops empty rows and columns at the ends and pads rows to one width. */
export function trimGrid(grid: Grid): Grid {
  const isEmpty = (c: GridCell | undefined) => c === undefined || (typeof c === 'string' && c.trim() === '');
  const rows = grid.filter((r) => r.some((c) => !isEmpty(c)));
  let width = 0;
  for (const r of rows)
    for (let i = r.length; i > 0; i--) if (!isEmpty(r[i - 1])) ((width = Math.max(width, i)), (i = 0));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Rows become columns: for tables with the steps across the top, as in Alver's cost profile. */
export function transposeGrid(grid: Grid): Grid {
  const width = Math.max(0, ...grid.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => grid.map((r) => r[c] ?? ''));
}

const cellText = (c: GridCell) => (typeof c === 'number' ? String(c) : c.trim());
/** A cell's figure: a number, null for blank or "-", undefined when it cannot be read. */
export const readCell = (c: GridCell): number | null | undefined =>
  typeof c === 'number' ? (Number.isFinite(c) ? c : undefined) : parseNorwegianNumber(c);
const isNumeric = (c: GridCell) => typeof readCell(c) === 'number';

/** "Trinn 3", "trinn 3", "3", "3." or the step's title: the step a row label names, if any. */
export function matchStep(doc: TrappDocument, label: GridCell): string | null {
  const text = cellText(label).toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  const numbered = /^(?:trinn|steg|step)?\s*(\d{1,2})\.?(?:\s|:|$)/.exec(text);
  if (numbered) return doc.steps[Number(numbered[1]) - 1]?.id ?? null;
  const exact = doc.steps.find((s) => s.title.trim().toLowerCase() === text);
  if (exact) return exact.id;
  const partial = doc.steps.filter(
    (s) => s.title.trim() && (text.includes(s.title.trim().toLowerCase()) || s.title.toLowerCase().startsWith(text)),
  );
  return partial.length === 1 ? partial[0].id : null;
}

const kindWords: [FigureKind, RegExp][] = [
  ['costPerUser', /(kostnad|kr)\s*(pr\.?|per|\/)\s*(brukar|bruker|stykk|mottak)/],
  ['costShare', /(andel|del av|prosent)/],
  ['totalCost', /(kostnad|utgift|rekneskap|regnskap|budsjett|netto|brutto)/],
  ['hoursPerWeek', /(tim(ar|er)\s*(pr\.?|per)\s*(veke|uke)|timar|timer)/],
  ['fte', /(årsverk|fte|stilling)/],
  ['decisions', /vedtak/],
  ['recipients', /(mottak|brukar|bruker|personar|personer|tal på|antall)/],
];

/** The figure kind, series and unit a column heading speaks of, from the document's own series where it names one. */
export function guessColumn(doc: TrappDocument, heading: string, fallbackSeries: string): NonNullable<ColumnTarget> {
  const text = heading.toLowerCase();
  // No heading, or one that only names a year or scenario ("Mål 2040"): the document's main figure.
  const main = doc.steps.flatMap((s) => s.figures).find((f) => f.kind !== 'custom')?.kind;
  const onlySeries = /^\s*(\p{L}+\s+)?(19|20)\d{2}\s*(\(.*\))?\s*$/u.test(heading);
  const kind =
    kindWords.find(([, words]) => words.test(text))?.[0] ?? ((onlySeries || !heading.trim()) && main ? main : 'custom');
  const series = getSeries(doc);
  // A heading with a year the document does not have yet starts a new series: "Mål 2040", "Budsjett 2026".
  const fresh = /\b(?:(rekneskap|regnskap|budsjett|mål|prognose|plan|scenario)\s+)?((?:19|20)\d{2})\b/i.exec(heading);
  const freshName = fresh
    ? fresh[1]
      ? `${fresh[1][0].toUpperCase()}${fresh[1].slice(1).toLowerCase()} ${fresh[2]}`
      : fresh[2]
    : undefined;
  // "Total kostnad 2021" belongs to "Rekneskap 2021" when that is the document's only 2021.
  const sameYear = fresh && !fresh[1] ? series.filter((s) => s.includes(fresh[2])) : [];
  const named =
    series.find((s) => s && text.includes(s.toLowerCase())) ?? (sameYear.length === 1 ? sameYear[0] : undefined);
  const unit = /\bmill/i.test(heading)
    ? 'mill. kr'
    : /1\s?000\s*kr|tusen/i.test(heading)
      ? '1000 kr'
      : /%|prosent|andel/i.test(heading)
        ? '%'
        : (doc.steps.flatMap((s) => s.figures).find((f) => f.kind === kind && kind !== 'custom')?.unit ?? '');
  const label = kind === 'custom' ? heading.trim() : undefined;
  return { kind, ...(label !== undefined ? { label } : {}), series: named ?? freshName ?? fallbackSeries, unit };
}

/** The steps run across the top (one row per figure), as in Alver's cost profile: the grid wants turning. */
export function isStepsAcross(doc: TrappDocument, grid: Grid): boolean {
  const labelled = (cells: GridCell[]) => cells.filter((c) => !isNumeric(c) && matchStep(doc, c) !== null).length;
  const across = Math.max(0, ...grid.map(labelled));
  const down = Math.max(0, ...transposeGrid(grid).map(labelled));
  return across > down && across >= 2;
}

/** The mapping a grid suggests: headings in the first row, step labels in the first text column, every other column with numbers mapped by its heading. */
export function guessMapping(doc: TrappDocument, grid: Grid): ImportMapping {
  const width = grid[0]?.length ?? 0;
  const headerRow = grid.length > 1 && grid[0].filter(isNumeric).length < Math.max(1, width / 2);
  const body = headerRow ? grid.slice(1) : grid;
  let stepColumn: number | null = null;
  if (headerRow)
    for (let c = 0; c < width && stepColumn === null; c++)
      if (/^(trinn|steg|step|nr\.?|#)$/i.test(cellText(grid[0][c]))) stepColumn = c;
  for (let c = 0; c < width && stepColumn === null; c++)
    if (body.filter((r) => matchStep(doc, r[c]) !== null && !isNumeric(r[c])).length >= body.length / 2) stepColumn = c;
  if (stepColumn === null)
    for (let c = 0; c < width && stepColumn === null; c++) if (body.every((r) => !isNumeric(r[c]))) stepColumn = c;
  const fallback = getSeries(doc)[0] ?? '';
  const columns = Array.from({ length: width }, (_, c): ColumnTarget => {
    if (c === stepColumn || !body.some((r) => isNumeric(r[c]))) return null;
    return guessColumn(doc, headerRow ? cellText(grid[0][c]) : '', fallback);
  });
  // "Mottakarar 2026" beside "Budsjett 2026" belongs to the budget.
  for (const column of columns) {
    const named =
      column && /^\d{4}$/.test(column.series)
        ? columns.find((o) => o && o.series.endsWith(` ${column.series}`))
        : undefined;
    if (column && named) column.series = named.series;
  }
  const rows = grid.map((r, i) =>
    headerRow && i === 0
      ? null
      : stepColumn === null
        ? (doc.steps[i - (headerRow ? 1 : 0)]?.id ?? null)
        : matchStep(doc, r[stepColumn]),
  );
  return { headerRow, stepColumn, columns, rows };
}

/** The figures a grid gives under a mapping, and every mapped cell that is not a number, a dash or blank. */
export function readImport(grid: Grid, mapping: ImportMapping): ImportResult {
  const figures: ImportedFigure[] = [];
  const problems: ImportProblem[] = [];
  grid.forEach((row, r) => {
    const stepId = mapping.rows[r];
    if (!stepId || (mapping.headerRow && r === 0)) return;
    mapping.columns.forEach((target, c) => {
      if (!target || c === mapping.stepColumn) return;
      const value = readCell(row[c] ?? '');
      if (value === undefined) problems.push({ row: r, column: c, text: cellText(row[c]) });
      else
        figures.push({
          stepId,
          kind: target.kind,
          ...(target.label !== undefined ? { label: target.label } : {}),
          series: target.series,
          unit: target.unit,
          value,
        });
    });
  });
  return { figures, problems };
}

/**
 * Whether bringing a figure in would change the trapp: a value that differs from the step's
 * (a missing value where the step has none changes nothing), or a unit it does not have yet.
 */
export function isFigureChange(doc: TrappDocument, figure: ImportedFigure): boolean {
  const step = doc.steps.find((s) => s.id === figure.stepId);
  if (!step) return false;
  const existing = findFigure(step, figure, figure.series);
  if (!existing) return figure.value !== null;
  const unit = figure.unit.trim();
  return existing.value !== figure.value || (unit !== '' && unit !== existing.unit.trim());
}

/** An import's figures split into those that change the trapp and the count of those it has already. */
export function getImportChanges(
  doc: TrappDocument,
  figures: ImportedFigure[],
): { changes: ImportedFigure[]; same: number } {
  const changes = figures.filter((f) => isFigureChange(doc, f));
  return { changes, same: figures.length - changes.length };
}
