import type { Chart, TrappDocument } from '@/model/types';
import { gradientAt, mix } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow, StepColumn } from './geometry';
import { formatNumber } from '@/model/numbers';
import { getFigureCell } from '@/model/figureTable';
import { createDocumentTranslator } from '@/i18n/documentText';
import { placeText, type TextBlock } from './textBlock';
import type { FittedText } from './wrap';
import { createLinesFit } from './overflowFit';

export type FigureBarsChart = Extract<Chart, { kind: 'figureBars' }>;

export type FigureBarGeometry = {
  stepId: string;
  /** null when the step has no value: drawn as a dash, never as a bar of 0. */
  value: number | null;
  bar?: Box;
  fill: string;
  label: TextBlock;
};

export type FigureBarsGeometry = {
  chartId: string;
  box: Box;
  title: TextBlock;
  unit?: TextBlock;
  /** The line at value 0. */
  baseline: { x1: number; x2: number; y: number };
  bars: FigureBarGeometry[];
  /** The compared series' bars, beside the first series' ones, one per step. */
  compare?: FigureBarGeometry[];
  /** With a compared series: a swatch and name for each of the two series. */
  legend?: { swatch: Box; fill: string; label: TextBlock }[];
};

/** The value of a figure in a series on each step, null where the step has none; derived figures are computed. */
export function getFigureValues(doc: TrappDocument, chart: FigureBarsChart, series = chart.series): (number | null)[] {
  return doc.steps.map((step) => getFigureCell(doc, step.id, { kind: chart.figure }, series).value);
}

export function getFigureUnit(doc: TrappDocument, chart: FigureBarsChart): string {
  for (const step of doc.steps)
    for (const f of step.figures)
      if (f.kind === chart.figure && f.series === chart.series && f.unit.trim()) return f.unit.trim();
  return '';
}

/**
 * The title as drawn. With a second series beside the first, a title that names a year or one of
 * the series ("Total kostnad 2021 (1000 kr)") would claim both years' bars for one; the figure's
 * own name stands instead, in the document's language, the unit goes under it and the legend
 * names the years. A title that names no year is the user's and stays.
 */
export function getFigureBarsTitle(doc: TrappDocument, chart: FigureBarsChart): string {
  if (chart.compareSeries === undefined) return chart.title;
  const names = [chart.series, chart.compareSeries].map((s) => s.trim().toLowerCase()).filter(Boolean);
  const title = chart.title.trim();
  const claimsOne = /(^|\D)(19|20)\d{2}(\D|$)/.test(title) || names.some((name) => title.toLowerCase().includes(name));
  return title && !claimsOne ? chart.title : createDocumentTranslator(doc.meta.language)(`figure.${chart.figure}`);
}

/**
 * One bar per step at the step's leading slot, from a baseline at 0: positive values rise above
 * it, negative ones hang below, each labelled in Norwegian number format. The title and unit sit
 * in the label column at the left.
 */
export function layoutFigureBars(
  measurer: TextMeasurer,
  doc: TrappDocument,
  chart: FigureBarsChart,
  slots: readonly StepColumn[],
  frame: { labelX: number; labelW: number; top: number; height: number },
  scale: number,
  overflows: Overflow[],
): FigureBarsGeometry {
  const theme = doc.theme;
  const u = (v: number) => v * scale;
  const heading = (weight: 600 | 700): FontFace => ({ family: theme.headingFont, weight });
  const fit = createLinesFit(measurer, overflows, { kind: 'chart', id: chart.id });
  const values = getFigureValues(doc, chart);
  const compareValues =
    chart.compareSeries !== undefined ? getFigureValues(doc, chart, chart.compareSeries) : undefined;
  const known = [...values, ...(compareValues ?? [])].filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  const min = Math.min(0, ...known);
  const range = max - min || 1;
  const labelSize = u(7.5);
  // A pair's labels may have to stack over the taller bar: room for two lines.
  const labelRoom = labelSize * 1.2 * (compareValues ? 2 : 1) + u(3);
  const plotTop = frame.top + labelRoom;
  const plotH = Math.max(u(10), frame.height - 2 * labelRoom);
  const baselineY = plotTop + (plotH * max) / range;
  const positive = gradientAt(theme.stepColours, 0.62);
  const negative = mix(theme.accent, theme.background, 0.25);
  // The compared series in a deeper tone of the same colours, so the pair reads as one figure.
  const tones = [
    { positive, negative },
    { positive: mix(positive, theme.text, 0.45), negative: mix(negative, theme.text, 0.4) },
  ];
  const pair = compareValues !== undefined;

  const barsOf = (series: (number | null)[], index: 0 | 1) =>
    slots.map((slot, i): FigureBarGeometry => {
      const value = series[i];
      const room = pair ? slot.w / 2 : slot.w;
      const cx = pair ? slot.x + slot.w / 2 + (index === 0 ? -1 : 1) * (room / 2 - u(0.5)) * 0.8 : slot.x + slot.w / 2;
      const barW = pair ? Math.min(room * 0.72, u(16)) : Math.min(slot.w * 0.62, u(30));
      const labelFace = heading(600);
      if (value === null) {
        const dash = fit('–', labelFace, labelSize, labelSize, room, 1, 'value');
        return {
          stepId: slot.stepId,
          value,
          fill: theme.mutedText,
          label: placeText(measurer, dash, cx, baselineY - dash.height - u(1), 'middle'),
        };
      }
      const h = (Math.abs(value) * plotH) / range;
      const bar = { x: cx - barW / 2, y: value >= 0 ? baselineY - h : baselineY, w: barW, h };
      // A pair's labels sit over bars 0.8 of a half-slot apart, so each gets that much room.
      const text = fitNumber(
        measurer,
        formatNumber(value),
        labelFace,
        labelSize,
        Math.min(labelSize, u(pair ? 4.5 : 5.5)),
        pair ? room * 0.8 - u(0.5) : room - u(1),
      );
      if (text.overflow) overflows.push({ kind: 'chart', id: chart.id, field: 'value' });
      const top = value >= 0 ? bar.y - u(2) - text.height : bar.y + bar.h + u(2);
      return {
        stepId: slot.stepId,
        value,
        bar,
        fill: value >= 0 ? tones[index].positive : tones[index].negative,
        label: placeText(measurer, text, cx, top, 'middle'),
      };
    });
  const bars = barsOf(values, 0);
  const compare = compareValues ? barsOf(compareValues, 1) : undefined;
  // Where a pair's labels would touch, the compared one moves a line further out.
  compare?.forEach((second, i) => {
    const first = bars[i].label.box;
    const own = second.label.box;
    const touch = first.x + first.w + u(1) > own.x && own.y < first.y + first.h && first.y < own.y + own.h;
    if (!touch || first.w === 0) return;
    const up = (second.value ?? 0) >= 0;
    second.label = shiftBlock(
      second.label,
      up
        ? Math.min(first.y, own.y) - own.h - u(0.5) - own.y
        : Math.max(first.y + first.h, own.y + own.h) + u(0.5) - own.y,
    );
  });

  const titleText = getFigureBarsTitle(doc, chart);
  const title = fit(titleText, heading(700), u(9.5), u(7), frame.labelW - u(8), 3, 'title');
  // "Total kostnad 2021 (1000 kr)" already says its unit.
  const unitText = titleText.includes(getFigureUnit(doc, chart)) ? '' : getFigureUnit(doc, chart);
  const titleBlock = placeText(measurer, title, frame.labelX, plotTop);
  const unit = unitText
    ? placeText(
        measurer,
        fit(unitText, heading(600), u(7.5), u(6), frame.labelW - u(8), 1, 'unit'),
        frame.labelX,
        plotTop + title.height + u(2),
      )
    : undefined;
  let legend: FigureBarsGeometry['legend'];
  if (pair) {
    let y = (unit ? unit.box.y + unit.box.h : titleBlock.box.y + titleBlock.box.h) + u(4);
    legend = [chart.series, chart.compareSeries ?? ''].map((name, i) => {
      const size = u(7);
      const label = fit(name, { family: theme.bodyFont, weight: 400 }, size, u(5.5), frame.labelW - u(20), 1, 'legend');
      const entry = {
        swatch: { x: frame.labelX, y: y + (label.height - size) / 2, w: size, h: size },
        fill: tones[i].positive,
        label: placeText(measurer, label, frame.labelX + size + u(3), y),
      };
      y += label.height + u(2);
      return entry;
    });
  }
  const x1 = Math.min(...slots.map((s) => s.x));
  const x2 = Math.max(...slots.map((s) => s.x + s.w));
  const box = { x: frame.labelX, y: frame.top, w: x2 - frame.labelX, h: frame.height };
  return { chartId: chart.id, box, title: titleBlock, unit, baseline: { x1, x2, y: baselineY }, bars, compare, legend };
}

/** A number on one line, shrunk to fit; never wrapped, so its no-break spaces hold ("182 718"). */
function fitNumber(
  measurer: TextMeasurer,
  text: string,
  face: FontFace,
  size: number,
  minSize: number,
  maxWidth: number,
): FittedText {
  const natural = measurer.width(text, face, 1);
  const fitted = Math.max(minSize, Math.min(size, maxWidth / natural));
  const width = natural * fitted;
  return {
    lines: [text],
    face,
    size: fitted,
    lineHeight: fitted * 1.2,
    width,
    height: fitted * 1.2,
    overflow: width > maxWidth + 1e-6,
  };
}

function shiftBlock(block: TextBlock, dy: number): TextBlock {
  return {
    ...block,
    lines: block.lines.map((l) => ({ ...l, y: l.y + dy })),
    box: { ...block.box, y: block.box.y + dy },
  };
}
