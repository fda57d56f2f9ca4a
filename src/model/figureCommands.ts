// Commands of the data table: figures brought in from a spreadsheet, series and columns, the
// change per step drawn on the staircase and the marker for what is to happen to a step.
import { putFigure } from './chartCommands';
import { defineCommand } from './command';
import { findFigure } from './figureTable';
import { getStepIndex } from './steps';
import type { FigureKind, Step } from './types';

export type StepChange = NonNullable<Step['change']>;
export type FigureColumnSpec = { kind: FigureKind; label?: string; unit: string };
export type ImportedFigure = {
  stepId: string;
  kind: FigureKind;
  label?: string;
  series: string;
  unit: string;
  value: number | null;
};

/** Everything one import brings in, as one change: one undo takes it all back. A column without a unit keeps the unit the figure has. */
export const importFigures = defineCommand<{ figures: ImportedFigure[] }>(
  'importFigures',
  (doc, { figures }) => {
    for (const { stepId, unit, ...figure } of figures) {
      const step = doc.steps.find((s) => s.id === stepId);
      if (step) putFigure(step, { ...figure, ...(unit.trim() ? { unit: unit.trim() } : {}) });
    }
  },
  ({ figures }) => ({ key: 'history.importFigures', params: { count: figures.length } }),
);

/** A figure column for every step and every given series, each value unknown until typed. */
export const addFigureColumn = defineCommand<{ column: FigureColumnSpec; series: string[] }>(
  'addFigureColumn',
  (doc, { column, series }) => {
    for (const step of doc.steps)
      for (const name of series.length > 0 ? series : [''])
        if (!findFigure(step, column, name)) putFigure(step, { ...column, series: name, value: null });
  },
);

/** A new year or scenario with the given columns, every value unknown until typed. */
export const addFigureSeries = defineCommand<{ series: string; columns: FigureColumnSpec[] }>(
  'addFigureSeries',
  (doc, { series, columns }) => {
    for (const step of doc.steps)
      for (const column of columns)
        if (!findFigure(step, column, series)) putFigure(step, { ...column, series, value: null });
  },
);

/** Renames a year or scenario everywhere it is named: figures, charts, figure boxes and the change on the staircase. */
export const renameFigureSeries = defineCommand<{ from: string; to: string }>(
  'renameFigureSeries',
  (doc, { from, to }) => {
    if (from === to) return;
    for (const step of doc.steps) for (const f of step.figures) if (f.series === from) f.series = to;
    for (const chart of doc.charts) {
      if (chart.kind !== 'figureBars') continue;
      if (chart.series === from) chart.series = to;
      if (chart.compareSeries === from) chart.compareSeries = to;
    }
    for (const page of doc.pages)
      for (const e of page.elements) if (e.kind === 'figure' && e.series === from) e.series = to;
    const change = doc.layout.showChange;
    if (change?.from === from) change.from = to;
    if (change?.to === from) change.to = to;
  },
);

/** Marks a step as to be strengthened, reduced or developed; null takes the mark away. */
export const setStepChange = defineCommand<{ stepId: string; change: StepChange | null }>(
  'setStepChange',
  (doc, { stepId, change }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (!step) return;
    if (change === null) delete step.change;
    else step.change = change;
  },
  ({ stepId }, doc) => ({ key: 'history.setStepChange', params: { number: getStepIndex(doc, stepId) + 1 } }),
);

/** Which figure's change from one series to another the staircase shows beside each step; null: none. */
export const setShowChange = defineCommand<{ showChange: { figure: FigureKind; from: string; to: string } | null }>(
  'setShowChange',
  (doc, { showChange }) => {
    if (showChange === null) delete doc.layout.showChange;
    else doc.layout.showChange = showChange;
  },
);
