import type { Draft } from 'immer';
import { defineCommand } from './command';
import { findFigure } from './figureTable';
import { newId } from './ids';
import { getStepIndex, setStepRange } from './steps';
import { insertAt, withoutId } from './lists';
import type { Chart, Figure, Step, TrappDocument } from './types';
import { getOwn } from './limits';

type MasteryChart = Extract<Chart, { kind: 'mastery' }>;
type ChartBar = MasteryChart['bars'][number];

const findChart = (doc: Draft<TrappDocument>, chartId: string) => doc.charts.find((c) => c.id === chartId);
const findMastery = (doc: Draft<TrappDocument>, chartId: string) => {
  const chart = findChart(doc, chartId);
  return chart?.kind === 'mastery' ? chart : undefined;
};
const clampPercent = (value: number) => Math.max(0, Math.min(100, value));

export const addChart = defineCommand<{ chart: Chart; index?: number }>('addChart', (doc, { chart, index }) => {
  doc.charts.splice(index ?? doc.charts.length, 0, chart);
});

export const removeChart = defineCommand<{ chartId: string }>('removeChart', (doc, { chartId }) => {
  doc.charts = withoutId(doc.charts, chartId);
});

/**
 * A step's column height and/or curve value in a mastery chart, each 0 to 100. A step without
 * values gets them, the one not given starting at 0.
 */
export const setMasteryValue = defineCommand<{
  chartId: string;
  stepId: string;
  column?: number;
  curve?: number;
  compare?: boolean;
}>('setMasteryValue', (doc, { chartId, stepId, column, curve, compare }) => {
  const chart = findMastery(doc, chartId);
  if (!chart || getStepIndex(doc, stepId) < 0 || (column === undefined && curve === undefined)) return;
  // With `compare`, the value belongs to the compared year or scenario.
  const record = compare ? chart.compare?.values : chart.values;
  if (!record) return;
  // Never a value Object.prototype answers with (a step id `constructor`).
  const values = getOwn(record, stepId) ?? (record[stepId] = { column: 0, curve: 0 });
  if (column !== undefined && Number.isFinite(column)) values.column = clampPercent(column);
  if (curve !== undefined && Number.isFinite(curve)) values.curve = clampPercent(curve);
});

/**
 * Names the year or scenario a mastery chart compares with; starting one copies the present values,
 * so the user moves them from where things stand. null takes the comparison away.
 */
export const setMasteryCompare = defineCommand<{ chartId: string; label: string | null }>(
  'setMasteryCompare',
  (doc, { chartId, label }) => {
    const chart = findMastery(doc, chartId);
    if (!chart) return;
    if (label === null) delete chart.compare;
    else if (chart.compare) chart.compare.label = label;
    else
      chart.compare = {
        label,
        values: Object.fromEntries(Object.entries(chart.values).map(([stepId, v]) => [stepId, { ...v }])),
      };
  },
);

/** Takes a step out of a mastery chart: no column and no curve point. */
export const removeMasteryValue = defineCommand<{ chartId: string; stepId: string }>(
  'removeMasteryValue',
  (doc, { chartId, stepId }) => {
    const chart = findMastery(doc, chartId);
    if (chart) delete chart.values[stepId];
  },
);

export type ChartTextField = 'title' | 'columnLabel' | 'curveLabel' | 'arrowLabel';

export const setChartText = defineCommand<{ chartId: string; field: ChartTextField; value: string }>(
  'setChartText',
  (doc, { chartId, field, value }) => {
    const chart = findChart(doc, chartId);
    if (!chart) return;
    if (field === 'title') chart.title = value;
    else if (chart.kind === 'mastery') chart[field] = value;
  },
  ({ field }) => ({ key: `history.setChartText.${field}` }),
);

export type ChartOptions = {
  showValues?: boolean;
  curve?: MasteryChart['curve'];
  /** A colour like #1a2b3c, or null for the theme's. */
  columnColour?: string | null;
  curveColour?: string | null;
  /** For a figure chart: which figure and series it shows. */
  figure?: Figure['kind'];
  series?: string;
  /** For a figure chart: a second series drawn beside the first, or null for none. */
  compareSeries?: string | null;
};

const isColour = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);

export const setChartOption = defineCommand<{ chartId: string } & ChartOptions>(
  'setChartOption',
  (doc, { chartId, ...options }) => {
    const chart = findChart(doc, chartId);
    if (!chart) return;
    if (chart.kind === 'figureBars') {
      if (options.figure !== undefined) chart.figure = options.figure;
      if (options.series !== undefined) chart.series = options.series;
      if (options.compareSeries === null || options.compareSeries === chart.series) delete chart.compareSeries;
      else if (options.compareSeries !== undefined) chart.compareSeries = options.compareSeries;
      return;
    }
    if (options.showValues !== undefined) chart.showValues = options.showValues;
    if (options.curve !== undefined) chart.curve = options.curve;
    for (const key of ['columnColour', 'curveColour'] as const) {
      const value = options[key];
      if (value === null) delete chart[key];
      else if (value !== undefined && isColour(value)) chart[key] = value;
    }
  },
);

/** Adds a bar under a mastery chart's columns; without one given, an unlabelled bar across every step. */
export const addChartBar = defineCommand<{ chartId: string; bar?: ChartBar; index?: number }>(
  'addChartBar',
  (doc, { chartId, bar, index }) => {
    const chart = findMastery(doc, chartId);
    if (!chart || (!bar && doc.steps.length === 0)) return;
    const added = bar ?? {
      id: newId('bar'),
      label: '',
      firstStep: doc.steps[0].id,
      lastStep: doc.steps[doc.steps.length - 1].id,
    };
    insertAt(chart.bars, added, index);
  },
);

export const removeChartBar = defineCommand<{ chartId: string; barId: string }>(
  'removeChartBar',
  (doc, { chartId, barId }) => {
    const chart = findMastery(doc, chartId);
    if (chart) chart.bars = withoutId(chart.bars, barId);
  },
);

export const setChartBarLabel = defineCommand<{ chartId: string; barId: string; label: string }>(
  'setChartBarLabel',
  (doc, { chartId, barId, label }) => {
    const bar = findMastery(doc, chartId)?.bars.find((b) => b.id === barId);
    if (bar) bar.label = label;
  },
);

/** Which steps a bar spans; the ends may come in either order. */
export const setChartBarRange = defineCommand<{ chartId: string; barId: string; firstStep: string; lastStep: string }>(
  'setChartBarRange',
  (doc, { chartId, barId, firstStep, lastStep }) => {
    const bar = findMastery(doc, chartId)?.bars.find((b) => b.id === barId);
    setStepRange(doc, bar, firstStep, lastStep);
  },
);

export type FigureValue = Pick<Figure, 'kind' | 'series' | 'value'> & Partial<Pick<Figure, 'unit' | 'label'>>;

/**
 * Sets a step's figure of one kind and series (and label, for a custom figure), adding it when the
 * step has none. A null value means "not known" and is shown as a dash.
 */
export const setFigure = defineCommand<{ stepId: string; figure: FigureValue }>(
  'setFigure',
  (doc, { stepId, figure }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) putFigure(step, figure);
  },
  ({ stepId }, doc) => ({ key: 'history.setFigure', params: { number: getStepIndex(doc, stepId) + 1 } }),
);

/** Sets or adds one figure on a step (see setFigure); shared by the commands that write figures. */
export function putFigure(step: Draft<Step>, figure: FigureValue): void {
  if (figure.value !== null && !Number.isFinite(figure.value)) return;
  const existing = findFigure(step, figure, figure.series);
  if (existing) {
    existing.value = figure.value;
    if (figure.unit !== undefined) existing.unit = figure.unit;
    return;
  }
  step.figures.push({
    id: newId('figure'),
    kind: figure.kind,
    value: figure.value,
    unit: figure.unit ?? '',
    series: figure.series,
    ...(figure.label !== undefined ? { label: figure.label } : {}),
  });
}

export const removeFigure = defineCommand<{ stepId: string; figureId: string }>(
  'removeFigure',
  (doc, { stepId, figureId }) => {
    const step = doc.steps.find((s) => s.id === stepId);
    if (step) step.figures = withoutId(step.figures, figureId);
  },
  ({ stepId }, doc) => ({ key: 'history.removeFigure', params: { number: getStepIndex(doc, stepId) + 1 } }),
);
