import { getDetail } from '@/model/layoutOptions';
import type { Chart, TrappDocument } from '@/model/types';
import type { Point } from '@/charts/curve';
import { getCurveSegments } from './curveSegments';
import { contrastRatio, gradientAt, mix, readableOn } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow, StepColumn } from './geometry';
import { formatNumber } from '@/model/numbers';
import type { StepGeometry } from './staircase';
import { placeText, type TextBlock } from './textBlock';
import { createLinesFit, type OverflowOwner } from './overflowFit';
import { getOwn } from '@/model/limits';
import { round } from '@/model/round';
import { polyline, type Segment } from './pathSegments';

export type MasteryChart = Extract<Chart, { kind: 'mastery' }>;

export type MasteryGeometry = {
  chartId: string;
  box: Box;
  /** The area columns grow in: value 100 reaches its top, 0 its bottom (the baseline). */
  plot: Box;
  columnColour: string;
  curveColour: string;
  title?: TextBlock;
  legend: { columnSwatch: Box; columnLabel: TextBlock; curveSwatch: Box; curveLabel: TextBlock };
  columns: { stepId: string; box: Box; value: number; valueText?: TextBlock; valueColour: string }[];
  curve: {
    path: Segment[];
    points: (Point & { stepId: string; value: number })[];
    valueTexts: { box: Box; text: TextBlock }[];
  };
  bars: { barId: string; box: Box; fill: string; textColour: string; label: TextBlock }[];
  arrow: { box: Box; path: Segment[]; label: TextBlock; textColour: string };
  /** A compared year or scenario: outlined columns and a dashed curve over the first, and its legend entry. */
  compare?: { swatch: Box; label: TextBlock; columns: { stepId: string; box: Box }[]; curvePath: Segment[] };
};

/** Equal slots across the width, one per step, in the reading direction. */
export function getMasterySlots(doc: TrappDocument, left: number, right: number): StepColumn[] {
  const w = (right - left) / Math.max(1, doc.steps.length);
  const rightward = doc.layout.direction === 'right';
  return doc.steps.map((step, i) => ({ stepId: step.id, x: rightward ? left + i * w : right - (i + 1) * w, w }));
}

/**
 * Gausdal's mestringstrapp in the staircase's place: a column per step as tall as its mastery value,
 * a curve through the resource values crossing into the columns, the steps' numbers and titles under
 * them, the bars that span steps, and an arrow along the bottom.
 */
export function layoutMasteryChart(
  measurer: TextMeasurer,
  doc: TrappDocument,
  chart: MasteryChart,
  slots: StepColumn[],
  area: Box,
  scale: number,
  overflows: Overflow[],
): { chart: MasteryGeometry; steps: StepGeometry[] } {
  const theme = doc.theme;
  const u = (v: number) => v * scale;
  const face = (weight: 400 | 600 | 700, family = theme.headingFont): FontFace => ({ family, weight });
  const fitLines = createLinesFit(measurer, overflows, { kind: 'chart', id: chart.id });
  // The chart's texts shrink to 7 points at the least (those that start smaller keep their size).
  const fit = (
    text: string,
    f: FontFace,
    size: number,
    maxWidth: number,
    ...rest: [lines: number, field: string, owner?: OverflowOwner]
  ) => fitLines(text, f, size, Math.min(size, u(7)), maxWidth, ...rest);
  const columnColour = chart.columnColour ?? gradientAt(theme.stepColours, 0.5);
  const curveColour = chart.curveColour ?? theme.accent;
  const ink = contrastRatio(columnColour, theme.background) >= 3 ? columnColour : theme.text;
  const slotW = slots[0]?.w ?? area.w;
  const columnW = slotW * 0.64;
  const inset = (slotW - columnW) / 2;
  const right = area.x + area.w;

  // Legend row at the top; labels, bars and the arrow at the bottom; the plot gets the rest.
  const showTitle = chart.title.trim() !== '' && chart.title.trim() !== doc.meta.title.trim();
  const title = showTitle ? fit(chart.title, face(700), u(12), area.w * 0.45, 1, 'title') : undefined;
  const legendSize = u(9.5);
  const columnLabel = fit(chart.columnLabel, face(600), legendSize, area.w * 0.22, 1, 'columnLabel');
  const curveLabel = fit(chart.curveLabel, face(600), legendSize, area.w * 0.22, 1, 'curveLabel');
  const legendH = Math.max(title?.height ?? 0, legendSize * 1.2);
  const stepTexts = doc.steps.map((step, i) => ({
    number: fit(String(i + 1), face(700), u(20), slotW, 1, 'number', { kind: 'step', id: step.id }),
    title: fit(step.title, face(700), u(10.5), slotW - u(8), 3, 'title', { kind: 'step', id: step.id }),
    subtitle:
      ['subtitles', 'auto'].includes(getDetail(doc.layout)) && step.subtitle.trim()
        ? fit(step.subtitle, face(400, theme.bodyFont), u(9), slotW - u(8), 3, 'subtitle', {
            kind: 'step',
            id: step.id,
          })
        : undefined,
  }));
  const labelsH = Math.max(
    ...stepTexts.map((t) => t.number.height + t.title.height + (t.subtitle ? u(2) + t.subtitle.height : 0)),
  );
  const barH = u(20);
  const barGap = u(5);
  const arrowH = u(18);
  const bottomH = u(8) + labelsH + u(10) + chart.bars.length * (barH + barGap) + u(6) + arrowH * 1.5;
  const plot = {
    x: area.x,
    y: area.y + legendH + u(18),
    w: area.w,
    h: Math.max(u(40), area.h - legendH - u(18) - bottomH),
  };
  const baseline = plot.y + plot.h;

  const legendY = area.y;
  const placedCurveLabel = placeText(measurer, curveLabel, right, legendY, 'end');
  const curveSwatch = { x: placedCurveLabel.box.x - u(26), y: legendY + legendH / 2 - u(1.5), w: u(20), h: u(3) };
  const placedColumnLabel = placeText(measurer, columnLabel, curveSwatch.x - u(16), legendY, 'end');
  const columnSwatch = { x: placedColumnLabel.box.x - u(16), y: legendY + legendH / 2 - u(5), w: u(10), h: u(10) };
  const legend = { columnSwatch, columnLabel: placedColumnLabel, curveSwatch, curveLabel: placedCurveLabel };

  const valueFace = face(600);
  const valueSize = u(10);
  const columns = slots.flatMap((slot) => {
    const values = getOwn(chart.values, slot.stepId);
    if (!values) return [];
    const h = (values.column / 100) * plot.h;
    const box = { x: slot.x + inset, y: baseline - h, w: columnW, h };
    if (!chart.showValues) return [{ stepId: slot.stepId, box, value: values.column, valueColour: ink }];
    const text = fit(formatNumber(values.column), valueFace, valueSize, columnW, 1, 'value');
    // At the column's top, inside; below the curve's point when the point sits there; above a short column.
    const pointY = baseline - (values.curve / 100) * plot.h;
    const clearOfPoint = (top: number) => top > pointY + u(6) || top + text.height < pointY - u(6);
    const candidates = [box.y + u(4), pointY + u(8)].filter(
      (top) => top >= box.y && top + text.height <= baseline - u(2) && clearOfPoint(top),
    );
    const top = candidates[0] ?? box.y - u(3) - text.height;
    const inside = candidates.length > 0;
    const valueText = placeText(measurer, text, box.x + columnW / 2, top, 'middle');
    return [
      {
        stepId: slot.stepId,
        box,
        value: values.column,
        valueText,
        valueColour: inside ? readableOn(columnColour, theme.text) : ink,
      },
    ];
  });

  const points = slots.flatMap((slot) => {
    const values = getOwn(chart.values, slot.stepId);
    return values
      ? [
          {
            stepId: slot.stepId,
            value: values.curve,
            x: slot.x + slotW / 2,
            y: baseline - (values.curve / 100) * plot.h,
          },
        ]
      : [];
  });
  // A value sits above its point on the side the curve is not: left of a rising curve, right of a falling one.
  const valueTexts = chart.showValues
    ? points.map((p, i) => {
        const before = points[i - 1] ?? p;
        const after = points[i + 1] ?? p;
        const rising = after.y - before.y < 0 === after.x > before.x;
        const fitted = fit(formatNumber(p.value), valueFace, valueSize, columnW, 1, 'value');
        const text = placeText(
          measurer,
          fitted,
          rising ? p.x - u(10) : p.x + u(10),
          p.y - u(8) - fitted.height,
          rising ? 'end' : 'start',
        );
        return { box: { x: text.box.x - u(4), y: text.box.y, w: text.box.w + u(8), h: text.box.h }, text };
      })
    : [];
  const curve = { path: getCurveSegments(points, chart.curve), points, valueTexts };

  const steps: StepGeometry[] = slots.map((slot, i) => {
    const texts = stepTexts[i];
    const top = baseline + u(8);
    const cx = slot.x + slotW / 2;
    const numberText = placeText(measurer, texts.number, cx, top, 'middle');
    const titleText = placeText(measurer, texts.title, cx, top + texts.number.height, 'middle');
    const subtitle = texts.subtitle
      ? placeText(measurer, texts.subtitle, cx, top + texts.number.height + texts.title.height + u(2), 'middle')
      : undefined;
    return {
      stepId: slot.stepId,
      number: i + 1,
      x: slot.x,
      y: top,
      w: slotW,
      h: labelsH,
      fill: columnColour,
      textColour: ink,
      numberText,
      title: titleText,
      subtitle,
    };
  });

  const stepIds = doc.steps.map((s) => s.id);
  const barFill = mix(columnColour, theme.background, 0.62);
  let y = baseline + u(8) + labelsH + u(10);
  const bars = chart.bars.flatMap((bar) => {
    const a = stepIds.indexOf(bar.firstStep);
    const b = stepIds.indexOf(bar.lastStep);
    if (a < 0 || b < 0) return [];
    const ends = [slots[a], slots[b]];
    const x = Math.min(...ends.map((s) => s.x)) + inset;
    const box = { x, y, w: Math.max(...ends.map((s) => s.x + s.w)) - inset - x, h: barH };
    y += barH + barGap;
    const label = fit(bar.label, face(600), u(9.5), box.w - u(12), 1, 'bar', {
      kind: 'chart',
      id: `${chart.id}:${bar.id}`,
    });
    return [
      {
        barId: bar.id,
        box,
        fill: barFill,
        textColour: readableOn(barFill, theme.text),
        label: placeText(measurer, label, box.x + box.w / 2, box.y + (barH - label.height) / 2, 'middle'),
      },
    ];
  });

  const arrowBox = { x: area.x + inset, y: y + u(6), w: area.w - 2 * inset, h: arrowH * 1.5 };
  const arrowLabel = fit(chart.arrowLabel, face(600), u(10), arrowBox.w - arrowH * 3, 1, 'arrowLabel');
  const arrow = {
    box: arrowBox,
    path: getArrowPath(arrowBox, arrowH, doc.layout.direction === 'right'),
    textColour: readableOn(curveColour, theme.text),
    label: placeText(
      measurer,
      arrowLabel,
      arrowBox.x + arrowBox.w / 2,
      arrowBox.y + (arrowBox.h - arrowLabel.height) / 2,
      'middle',
    ),
  };

  let compare: MasteryGeometry['compare'];
  if (chart.compare) {
    const values = chart.compare.values;
    const columnsOf = slots.flatMap((slot) => {
      const value = getOwn(values, slot.stepId);
      return value
        ? [
            {
              stepId: slot.stepId,
              box: {
                x: slot.x + inset,
                y: baseline - (value.column / 100) * plot.h,
                w: columnW,
                h: (value.column / 100) * plot.h,
              },
            },
          ]
        : [];
    });
    const comparePoints = slots.flatMap((slot) => {
      const value = getOwn(values, slot.stepId);
      return value ? [{ x: slot.x + slotW / 2, y: baseline - (value.curve / 100) * plot.h }] : [];
    });
    // Its legend entry goes left of the others, in the same row.
    const label = placeText(
      measurer,
      fit(chart.compare.label, face(600), legendSize, area.w * 0.18, 1, 'compareLabel'),
      legend.columnSwatch.x - u(16),
      legendY,
      'end',
    );
    const swatch = { x: label.box.x - u(16), y: legendY + legendH / 2 - u(5), w: u(10), h: u(10) };
    compare = { swatch, label, columns: columnsOf, curvePath: getCurveSegments(comparePoints, chart.curve) };
  }
  const box = { x: area.x, y: area.y, w: area.w, h: arrowBox.y + arrowBox.h - area.y };
  const placedTitle = title ? placeText(measurer, title, area.x, legendY) : undefined;
  return {
    chart: {
      chartId: chart.id,
      box,
      plot,
      columnColour,
      curveColour,
      title: placedTitle,
      legend,
      columns,
      curve,
      bars,
      arrow,
      compare,
    },
    steps,
  };
}

/** A broad arrow filling the box: a body of height `body`, a head as tall as the box. */
function getArrowPath(box: Box, body: number, rightward: boolean): Segment[] {
  const cy = box.y + box.h / 2;
  const head = box.h * 0.8;
  const [tip, neck, tail] = rightward
    ? [box.x + box.w, box.x + box.w - head, box.x]
    : [box.x, box.x + head, box.x + box.w];
  const [top, bottom] = [cy - body / 2, cy + body / 2];
  const corners = [
    [tail, top],
    [neck, top],
    [neck, box.y],
    [tip, cy],
    [neck, box.y + box.h],
    [neck, bottom],
    [tail, bottom],
  ];
  return polyline(
    corners.map(([x, y]) => ({ x: round(x), y: round(y) })),
    true,
  );
}
