// What is to happen to each step, drawn beside it on the staircase: the marker the user set
// (strengthen, reduce, develop) and the change of one figure between two series ("+12 %"), with
// a legend in the empty corner under the high steps. Markers are paths, not glyphs, since a
// document's fonts may lack ▲ and ◇.
import { getChangePercent, getFigureCell } from '@/model/figureTable';
import { formatSignedPercent } from '@/model/numbers';
import type { StepChange } from '@/model/figureCommands';
import type { TrappDocument } from '@/model/types';
import { createTranslator } from '@/i18n/translate';
import { mix } from './colour';
import type { FontFace, TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

/** A drawn shape: filled, outlined or both. */
export type MarkShape = { d: string; fill?: string; stroke?: string; strokeWidth?: number };

export type StepChangeMark = { stepId: string; box: Box; marker?: MarkShape; arrow?: MarkShape; label?: TextBlock };
export type StepChangeLegend = { box: Box; entries: { shape: MarkShape; label: TextBlock }[] };
export type StepChangeGeometry = { marks: StepChangeMark[]; legend?: StepChangeLegend };

/** Room the marks need beside the steps, taken from the staircase's trailing side; 0 when there is nothing to show. */
export function getStepChangeRoom(doc: TrappDocument, scale: number): number {
  const any = doc.layout.showChange !== undefined || doc.steps.some((s) => s.change);
  return any ? (doc.layout.showChange ? 50 : 14) * scale : 0;
}

export function getMarkerShape(change: StepChange, cx: number, cy: number, size: number, colours: { text: string; accent: string; background: string }): MarkShape {
  const r = size / 2;
  if (change === 'strengthen') return { d: `M${cx} ${cy - r}L${cx + r} ${cy + r * 0.8}L${cx - r} ${cy + r * 0.8}Z`, fill: colours.accent };
  if (change === 'reduce') return { d: `M${cx - r} ${cy - r * 0.8}L${cx + r} ${cy - r * 0.8}L${cx} ${cy + r}Z`, fill: mix(colours.text, colours.background, 0.15) };
  return { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, fill: colours.background, stroke: colours.accent, strokeWidth: size * 0.16 };
}

/** A small arrow up (growth) or down (reduction). */
function arrowShape(up: boolean, cx: number, cy: number, size: number, colour: string): MarkShape {
  const r = size / 2;
  const s = up ? -1 : 1;
  const shaft = size * 0.14;
  return { d: `M${cx} ${cy + s * r}L${cx + r * 0.8} ${cy + s * r * 0.1}L${cx + shaft} ${cy + s * r * 0.1}L${cx + shaft} ${cy - s * r}L${cx - shaft} ${cy - s * r}L${cx - shaft} ${cy + s * r * 0.1}L${cx - r * 0.8} ${cy + s * r * 0.1}Z`, fill: colour };
}

/** Marks beside each step of the staircase, and their legend in the corner at the staircase's trailing foot. */
export function layoutStepChanges(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: readonly StepGeometry[],
  area: { left: number; right: number; rightward: boolean },
  scale: number,
  overflows: Overflow[],
): StepChangeGeometry | undefined {
  if (getStepChangeRoom(doc, scale) === 0 || steps.length === 0) return undefined;
  const u = (v: number) => v * scale;
  const { theme } = doc;
  const colours = { text: theme.text, accent: theme.accent, background: theme.background };
  const face: FontFace = { family: theme.headingFont, weight: 700 };
  const show = doc.layout.showChange;
  const markerSize = u(7);
  const size = u(8);
  const marks = steps.map((geometry, index): StepChangeMark => {
    const step = doc.steps[index];
    const cy = geometry.y + geometry.h / 2;
    const dir = area.rightward ? 1 : -1;
    let x = area.rightward ? geometry.x + geometry.w + u(4) : geometry.x - u(4);
    const parts: Box[] = [];
    let marker: MarkShape | undefined;
    if (step.change) {
      marker = getMarkerShape(step.change, x + (dir * markerSize) / 2, cy, markerSize, colours);
      parts.push({ x: Math.min(x, x + dir * markerSize), y: cy - markerSize / 2, w: markerSize, h: markerSize });
      x += dir * (markerSize + u(3));
    }
    let arrow: MarkShape | undefined;
    let label: TextBlock | undefined;
    const percent = show ? getChangePercent(getFigureCell(doc, step.id, { kind: show.figure }, show.from).value, getFigureCell(doc, step.id, { kind: show.figure }, show.to).value) : null;
    if (percent !== null) {
      const rounded = Math.round(percent);
      if (rounded !== 0) {
        arrow = arrowShape(rounded > 0, x + (dir * size * 0.5) / 1, cy, size * 0.9, theme.text);
        parts.push({ x: Math.min(x, x + dir * size), y: cy - size / 2, w: size, h: size });
        x += dir * (size + u(1.5));
      }
      const fitted = fitText(measurer, formatSignedPercent(percent), { face, size, minSize: u(6), lineHeight: 1.2, maxWidth: u(40), maxHeight: size * 1.2 });
      if (fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'change' });
      label = placeText(measurer, fitted, x, cy - fitted.height / 2, area.rightward ? 'start' : 'end');
      parts.push(label.box);
    }
    const box = parts.length > 0 ? union(parts) : { x, y: cy, w: 0, h: 0 };
    return { stepId: step.id, box, marker, arrow, label };
  });
  return { marks: marks.filter((m) => m.marker || m.label), legend: layoutLegend(measurer, doc, steps, area, scale) };
}

function layoutLegend(measurer: TextMeasurer, doc: TrappDocument, steps: readonly StepGeometry[], area: { left: number; right: number; rightward: boolean }, scale: number): StepChangeLegend | undefined {
  const u = (v: number) => v * scale;
  const { theme } = doc;
  const t = createTranslator(doc.meta.language);
  const colours = { text: theme.text, accent: theme.accent, background: theme.background };
  const used = (['strengthen', 'reduce', 'develop'] as const).filter((c) => doc.steps.some((s) => s.change === c));
  const show = doc.layout.showChange;
  const rows: { text: string; shape: (cx: number, cy: number, size: number) => MarkShape }[] = used.map((c) => ({ text: t(`stepChange.${c}`), shape: (cx, cy, size) => getMarkerShape(c, cx, cy, size, colours) }));
  if (show) {
    const text = t('stepChange.legend', { figure: t(`figure.${show.figure}`).toLowerCase(), from: show.from, to: show.to });
    rows.push({ text, shape: (cx, cy, size) => arrowShape(true, cx, cy, size, theme.text) });
  }
  if (rows.length === 0) return undefined;
  const size = u(8);
  const face: FontFace = { family: theme.bodyFont, weight: 400 };
  const width = Math.min(u(190), (area.right - area.left) * 0.4);
  const fitted = rows.map((row) => fitText(measurer, row.text, { face, size, minSize: u(6), lineHeight: 1.2, maxWidth: width - size - u(4), maxHeight: size * 2.4 }));
  const height = fitted.reduce((sum, f) => sum + Math.max(f.height, size) + u(3), -u(3));
  const foot = Math.max(...steps.map((s) => s.y + s.h));
  const inner = Math.max(...fitted.map((f) => f.width)) + size + u(4);
  const x = area.rightward ? area.right - inner : area.left;
  let y = foot - height;
  const entries = rows.map((row, i) => {
    const f = fitted[i];
    const rowH = Math.max(f.height, size);
    const entry = { shape: row.shape(x + size / 2, y + rowH / 2, size * 0.85), label: placeText(measurer, f, x + size + u(4), y + (rowH - f.height) / 2) };
    y += rowH + u(3);
    return entry;
  });
  return { box: { x, y: foot - height, w: inner, h: height }, entries };
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** The steps as callouts should see them: widened over their marks, so a callout starts after the mark. */
export function getStepsWithMarks<T extends Box & { stepId: string }>(steps: readonly T[], changes: StepChangeGeometry | undefined, rightward: boolean): T[] {
  if (!changes) return [...steps];
  return steps.map((step) => {
    const mark = changes.marks.find((m) => m.stepId === step.stepId);
    if (!mark) return step;
    return rightward ? { ...step, w: Math.max(step.w, mark.box.x + mark.box.w - step.x) } : { ...step, x: Math.min(step.x, mark.box.x), w: step.x + step.w - Math.min(step.x, mark.box.x) };
  });
}
