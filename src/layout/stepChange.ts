// What is to happen to each step, drawn beside it on the staircase: the marker the user set
// (strengthen, reduce, develop) and the change of one figure between two series ("+12 %"), with
// a legend in the empty corner under the high steps. Markers are paths, not glyphs, since a
// document's fonts may lack ▲ and ◇.
import { getChangePercent, getFigureCell } from '@/model/figureTable';
import { formatSignedPercent } from '@/model/numbers';
import type { StepChange } from '@/model/figureCommands';
import type { Step, TrappDocument } from '@/model/types';
import { createDocumentTranslator } from '@/i18n/documentText';
import { mix } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import { unionBox, type Box, type Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { placeText, type TextBlock } from './textBlock';
import { fitText, type FittedText } from './wrap';
import { polyline, type Segment } from './pathSegments';

/** A drawn shape: filled, outlined or both. */
export type MarkShape = { segments: Segment[]; fill?: string; stroke?: string; strokeWidth?: number };

export type StepChangeMark = { stepId: string; box: Box; marker?: MarkShape; arrow?: MarkShape; label?: TextBlock };
export type StepChangeLegend = { box: Box; entries: { shape: MarkShape; label: TextBlock }[] };
export type StepChangeGeometry = { marks: StepChangeMark[]; legend?: StepChangeLegend };

/** Room the marks need beside the steps, taken from the staircase's trailing side; 0 when there is nothing to show. */
export function getStepChangeRoom(doc: TrappDocument, scale: number): number {
  const any = doc.layout.showChange !== undefined || doc.steps.some((s) => s.change);
  return any ? (doc.layout.showChange ? 50 : 14) * scale : 0;
}

/** A closed outline through the corners. */
const shape = (...corners: [number, number][]) =>
  polyline(
    corners.map(([x, y]) => ({ x, y })),
    true,
  );

export function getMarkerShape(
  change: StepChange,
  cx: number,
  cy: number,
  size: number,
  colours: { text: string; accent: string; background: string },
): MarkShape {
  const r = size / 2;
  if (change === 'strengthen')
    return { segments: shape([cx, cy - r], [cx + r, cy + r * 0.8], [cx - r, cy + r * 0.8]), fill: colours.accent };
  if (change === 'reduce')
    return {
      segments: shape([cx - r, cy - r * 0.8], [cx + r, cy - r * 0.8], [cx, cy + r]),
      fill: mix(colours.text, colours.background, 0.15),
    };
  return {
    segments: shape([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]),
    fill: colours.background,
    stroke: colours.accent,
    strokeWidth: size * 0.16,
  };
}

/** A small arrow up (growth) or down (reduction). */
function arrowShape(up: boolean, cx: number, cy: number, size: number, colour: string): MarkShape {
  const r = size / 2;
  const s = up ? -1 : 1;
  const shaft = size * 0.14;
  const neck = cy + s * r * 0.1;
  const segments = shape(
    [cx, cy + s * r],
    [cx + r * 0.8, neck],
    [cx + shaft, neck],
    [cx + shaft, cy - s * r],
    [cx - shaft, cy - s * r],
    [cx - shaft, neck],
    [cx - r * 0.8, neck],
  );
  return { segments, fill: colour };
}

/**
 * Where the marks go: `beside` each step on its trailing side (the rising staircase and the list),
 * or `below` each step, centred (steps side by side in rows, which have no room beside them).
 * In a `column` (the list's rows) a marker's place is kept where a step has none, so the changes
 * line up. The legend goes in the corner at the staircase's trailing foot, or, given `legendTop`,
 * in a line at the left from there.
 */
export type MarkArea = {
  left: number;
  right: number;
  rightward: boolean;
  marks?: 'beside' | 'below';
  column?: boolean;
  legendTop?: number;
};

/** The room under a step that a mark below it takes, gap included. */
export const getMarkBelowRoom = (scale: number) => 16 * scale;

/** Marks beside or below each step, and their legend. */
export function layoutStepChanges(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: readonly StepGeometry[],
  area: MarkArea,
  scale: number,
  overflows: Overflow[],
): StepChangeGeometry | undefined {
  if (getStepChangeRoom(doc, scale) === 0 || steps.length === 0) return undefined;
  const marks = steps.map((geometry, index) =>
    layoutMark(measurer, doc, doc.steps[index], geometry, area, scale, overflows),
  );
  const legend =
    area.legendTop === undefined
      ? layoutLegend(getLegendStyle(measurer, doc, scale), steps, area)
      : layoutLegendLine(getLegendStyle(measurer, doc, scale), { x: area.left, y: area.legendTop, right: area.right });
  return { marks: marks.filter((m) => m.marker || m.label), legend };
}

/** One step's marker, arrow and signed change, side by side, the marker nearest the step. */
function layoutMark(
  measurer: TextMeasurer,
  doc: TrappDocument,
  step: Step,
  geometry: StepGeometry,
  area: MarkArea,
  scale: number,
  overflows: Overflow[],
): StepChangeMark {
  const u = (v: number) => v * scale;
  const { theme } = doc;
  const colours = { text: theme.text, accent: theme.accent, background: theme.background };
  const show = doc.layout.showChange;
  const markerSize = u(7);
  const size = u(8);
  const percent = show
    ? getChangePercent(
        getFigureCell(doc, step.id, { kind: show.figure }, show.from).value,
        getFigureCell(doc, step.id, { kind: show.figure }, show.to).value,
      )
    : null;
  const rounded = percent === null ? 0 : Math.round(percent);
  const fitted =
    percent === null
      ? undefined
      : fitText(measurer, formatSignedPercent(percent), {
          face: { family: theme.headingFont, weight: 700 },
          size,
          minSize: u(6),
          lineHeight: 1.2,
          maxWidth: u(40),
          maxHeight: size * 1.2,
        });
  if (fitted?.overflow) overflows.push({ kind: 'step', id: step.id, field: 'change' });
  // The parts' widths, from the step outwards; in a column each keeps its place, drawn or not.
  const markerPlace = Boolean(step.change) || (area.column === true && doc.steps.some((s) => s.change));
  const arrowPlace = rounded !== 0 || (area.column === true && fitted !== undefined);
  const width = (markerPlace ? markerSize + u(3) : 0) + (arrowPlace ? size + u(1.5) : 0) + (fitted?.width ?? 0);
  const below = area.marks === 'below';
  const cy = below ? geometry.y + geometry.h + u(4) + size * 0.6 : geometry.y + geometry.h / 2;
  const dir = below || area.rightward ? 1 : -1;
  // Where the parts begin: at the step's trailing edge, or centred under it.
  let x = below
    ? geometry.x + geometry.w / 2 - width / 2
    : area.rightward
      ? geometry.x + geometry.w + u(4)
      : geometry.x - u(4);
  /** The left edge of the next part, `w` wide, and the gap after it. */
  const slot = (w: number, gap: number) => {
    const from = dir > 0 ? x : x - w;
    x += dir * (w + gap);
    return from;
  };
  const boxes: Box[] = [];
  const markerX = markerPlace ? slot(markerSize, u(3)) : 0;
  const marker = step.change
    ? getMarkerShape(step.change, markerX + markerSize / 2, cy, markerSize, colours)
    : undefined;
  if (marker) boxes.push({ x: markerX, y: cy - markerSize / 2, w: markerSize, h: markerSize });
  const arrowX = arrowPlace ? slot(size, u(1.5)) : 0;
  const arrow = rounded !== 0 ? arrowShape(rounded > 0, arrowX + size / 2, cy, size * 0.9, theme.text) : undefined;
  if (arrow) boxes.push({ x: arrowX, y: cy - size / 2, w: size, h: size });
  const label = fitted ? placeText(measurer, fitted, x, cy - fitted.height / 2, dir > 0 ? 'start' : 'end') : undefined;
  if (label) boxes.push(label.box);
  const box = boxes.length > 0 ? unionBox(boxes) : { x, y: cy, w: 0, h: 0 };
  return { stepId: step.id, box, marker, arrow, label };
}

type LegendRow = { text: string; shape: (cx: number, cy: number, size: number) => MarkShape };

/** The legend's entries: the markers the steps use, and the change when it is shown. */
function getLegendRows(doc: TrappDocument): LegendRow[] {
  const { theme } = doc;
  const t = createDocumentTranslator(doc.meta.language);
  const colours = { text: theme.text, accent: theme.accent, background: theme.background };
  const used = (['strengthen', 'reduce', 'develop'] as const).filter((c) => doc.steps.some((s) => s.change === c));
  const show = doc.layout.showChange;
  const rows: LegendRow[] = used.map((c) => ({
    text: t(`stepChange.${c}`),
    shape: (cx, cy, size) => getMarkerShape(c, cx, cy, size, colours),
  }));
  if (show) {
    const text = t('stepChange.legend', {
      figure: t(`figure.${show.figure}`).toLowerCase(),
      from: show.from,
      to: show.to,
    });
    rows.push({ text, shape: (cx, cy, size) => arrowShape(true, cx, cy, size, theme.text) });
  }
  return rows;
}

/**
 * What the legend's two arrangements share: its rows, the marker size and the gap after a marker,
 * and fitting a row's text and placing it beside its marker in a row of height `rowH`.
 */
function getLegendStyle(measurer: TextMeasurer, doc: TrappDocument, scale: number) {
  const u = (v: number) => v * scale;
  const size = u(8);
  const gap = u(4);
  const face: FontFace = { family: doc.theme.bodyFont, weight: 400 };
  const fit = (text: string, maxWidth: number, maxHeight: number) =>
    fitText(measurer, text, { face, size, minSize: u(6), lineHeight: 1.2, maxWidth, maxHeight });
  const entry = (row: LegendRow, fitted: FittedText, x: number, y: number, rowH: number) => ({
    shape: row.shape(x + size / 2, y + rowH / 2, size * 0.85),
    label: placeText(measurer, fitted, x + size + gap, y + (rowH - fitted.height) / 2),
  });
  return { rows: getLegendRows(doc), u, size, gap, fit, entry };
}

type LegendStyle = ReturnType<typeof getLegendStyle>;

function layoutLegend(
  { rows, u, size, gap, fit, entry }: LegendStyle,
  steps: readonly StepGeometry[],
  area: { left: number; right: number; rightward: boolean },
): StepChangeLegend | undefined {
  if (rows.length === 0) return undefined;
  const width = Math.min(u(190), (area.right - area.left) * 0.4);
  const fitted = rows.map((row) => fit(row.text, width - size - gap, size * 2.4));
  const height = fitted.reduce((sum, f) => sum + Math.max(f.height, size) + u(3), -u(3));
  const foot = Math.max(...steps.map((s) => s.y + s.h));
  const inner = Math.max(...fitted.map((f) => f.width)) + size + gap;
  const x = area.rightward ? area.right - inner : area.left;
  let y = foot - height;
  const entries = rows.map((row, i) => {
    const rowH = Math.max(fitted[i].height, size);
    const placed = entry(row, fitted[i], x, y, rowH);
    y += rowH + u(3);
    return placed;
  });
  return { box: { x, y: foot - height, w: inner, h: height }, entries };
}

/** The height of the legend in a line across `width`; 0 when there is none. */
export function getLegendLineHeight(measurer: TextMeasurer, doc: TrappDocument, width: number, scale: number): number {
  if (getStepChangeRoom(doc, scale) === 0) return 0;
  return layoutLegendLine(getLegendStyle(measurer, doc, scale), { x: 0, y: 0, right: width })?.box.h ?? 0;
}

/** The legend's entries one after another from (x, y), on to a new line where the next does not fit before `right`. */
function layoutLegendLine(
  { rows, u, size, gap, fit, entry }: LegendStyle,
  at: { x: number; y: number; right: number },
): StepChangeLegend | undefined {
  if (rows.length === 0) return undefined;
  const lineHeight = size * 1.2;
  let [x, y] = [at.x, at.y];
  const entries = rows.map((row) => {
    const fitted = fit(row.text, at.right - at.x - size - gap, lineHeight);
    const w = size + gap + fitted.width;
    if (x > at.x && x + w > at.right) [x, y] = [at.x, y + lineHeight + u(3)];
    const placed = entry(row, fitted, x, y, lineHeight);
    x += w + u(14);
    return placed;
  });
  const right = Math.max(...entries.map((e) => e.label.box.x + e.label.box.w));
  return { box: { x: at.x, y: at.y, w: right - at.x, h: y + lineHeight - at.y }, entries };
}

/** The steps as callouts should see them: widened over their marks, so a callout starts after the mark. */
export function getStepsWithMarks<T extends Box & { stepId: string }>(
  steps: readonly T[],
  changes: StepChangeGeometry | undefined,
  rightward: boolean,
): T[] {
  if (!changes) return [...steps];
  return steps.map((step) => {
    const mark = changes.marks.find((m) => m.stepId === step.stepId);
    if (!mark) return step;
    return rightward
      ? { ...step, w: Math.max(step.w, mark.box.x + mark.box.w - step.x) }
      : { ...step, x: Math.min(step.x, mark.box.x), w: step.x + step.w - Math.min(step.x, mark.box.x) };
  });
}
