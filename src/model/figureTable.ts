// The document's figures seen as a table: steps as rows, one group of columns per year or
// scenario. Figures live on the steps; this only reads them. Derived figures (share of cost,
// cost per user) are computed here from their inputs and never stored.
import { figureKinds } from './schemaConstants';
import type { Figure, FigureKind, Step, TrappDocument } from './types';

/** One column of the table: a built-in figure kind, or a custom figure by its label. */
export type FigureColumn = { kind: FigureKind; label?: string; unit: string; derived: boolean };

export type FigureCell = { value: number | null; derived: boolean };

const derivedKinds = new Set<FigureKind>(['costShare', 'costPerUser']);

export const isSameColumn = (a: Pick<FigureColumn, 'kind' | 'label'>, b: Pick<FigureColumn, 'kind' | 'label'>) =>
  a.kind === b.kind && (a.kind !== 'custom' || (a.label ?? '') === (b.label ?? ''));

/** Every year or scenario in the document, in the order first met. */
export function getSeries(doc: TrappDocument): string[] {
  const series: string[] = [];
  for (const step of doc.steps) for (const f of step.figures) if (!series.includes(f.series)) series.push(f.series);
  return series;
}

function hasTyped(doc: TrappDocument, kind: FigureKind): boolean {
  return doc.steps.some((s) => s.figures.some((f) => f.kind === kind));
}

/**
 * The columns the table shows: the kinds the document has figures of (built-in kinds in their
 * usual order), then the derived kinds whose inputs exist, so a computed column stands after what
 * it is computed from, then custom figures.
 */
export function getFigureColumns(doc: TrappDocument): FigureColumn[] {
  const columns: FigureColumn[] = [];
  const derived: FigureColumn[] = [];
  for (const kind of figureKinds) {
    if (kind === 'custom') continue;
    if (hasTyped(doc, kind)) columns.push({ kind, unit: getUnit(doc, kind), derived: false });
    else if (derivedKinds.has(kind) && canDerive(doc, kind))
      derived.push({ kind, unit: kind === 'costShare' ? '%' : getUnit(doc, 'totalCost'), derived: true });
  }
  columns.push(...derived);
  for (const f of doc.steps.flatMap((s) => s.figures)) {
    if (f.kind === 'custom' && !columns.some((c) => isSameColumn(c, f)))
      columns.push({ kind: 'custom', label: f.label ?? '', unit: f.unit.trim(), derived: false });
  }
  return columns;
}

function canDerive(doc: TrappDocument, kind: FigureKind): boolean {
  if (kind === 'costShare') return hasTyped(doc, 'totalCost');
  if (kind === 'costPerUser') return hasTyped(doc, 'totalCost') && hasTyped(doc, 'recipients');
  return false;
}

function getUnit(doc: TrappDocument, kind: FigureKind): string {
  return (
    doc.steps
      .flatMap((s) => s.figures)
      .find((f) => f.kind === kind && f.unit.trim())
      ?.unit.trim() ?? ''
  );
}

/** The step's typed figure of a column and series, if it has one. */
export function findFigure(
  step: Step,
  column: Pick<FigureColumn, 'kind' | 'label'>,
  series: string,
): Figure | undefined {
  return step.figures.find((f) => f.series === series && isSameColumn(f, column));
}

const typedValue = (step: Step, kind: FigureKind, series: string) => findFigure(step, { kind }, series)?.value ?? null;

/**
 * A step's value of a figure in a series: the typed value when there is one, otherwise the
 * derived one when its inputs exist (share of the series' total cost, in per cent; total cost
 * divided by recipients), otherwise null.
 */
export function getFigureCell(
  doc: TrappDocument,
  stepId: string,
  column: Pick<FigureColumn, 'kind' | 'label'>,
  series: string,
): FigureCell {
  const step = doc.steps.find((s) => s.id === stepId);
  if (!step) return { value: null, derived: false };
  const typed = findFigure(step, column, series);
  if (typed && typed.value !== null) return { value: typed.value, derived: false };
  const derived = getDerivedValue(doc, step, column.kind, series);
  return derived === null ? { value: null, derived: false } : { value: derived, derived: true };
}

export function getDerivedValue(doc: TrappDocument, step: Step, kind: FigureKind, series: string): number | null {
  if (kind === 'costShare') {
    const own = typedValue(step, 'totalCost', series);
    if (own === null) return null;
    const total = doc.steps.reduce((sum, s) => sum + (typedValue(s, 'totalCost', series) ?? 0), 0);
    return total === 0 ? null : (own / total) * 100;
  }
  if (kind === 'costPerUser') {
    const cost = typedValue(step, 'totalCost', series);
    const users = typedValue(step, 'recipients', series);
    return cost === null || users === null || users === 0 ? null : cost / users;
  }
  return null;
}

/** The change from one series to another in per cent of the first; null when either is missing or the first is 0. */
export function getChangePercent(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null;
  return ((to - from) / Math.abs(from)) * 100;
}

// Figures that add up over the steps: a sum of shares or of costs per user means nothing.
const summedKinds = new Set<FigureKind>(['recipients', 'totalCost', 'fte', 'decisions', 'hoursPerWeek']);

export type FigureTotal = { value: number; missing: number };

/**
 * The sum of a column over every step in a series, computed and never stored: null for figures
 * that do not add up (shares, costs per user, custom figures) and when no step has a value;
 * `missing` counts the steps left out because their value is not known.
 */
export function getFigureTotal(
  doc: TrappDocument,
  column: Pick<FigureColumn, 'kind' | 'label'>,
  series: string,
): FigureTotal | null {
  if (!summedKinds.has(column.kind)) return null;
  const values = doc.steps.map((s) => typedValue(s, column.kind, series));
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : { value: known.reduce((a, b) => a + b, 0), missing: values.length - known.length };
}
