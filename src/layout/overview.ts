import type { TrappDocument } from '@/model/types';
import { layoutBands, type BandGeometry } from './bands';
import { layoutCallouts, type CalloutGeometry } from './callouts';
import type { FigureBarsChart, FigureBarsGeometry } from './figureBars';
import type { TextMeasurer } from './fonts';
import type { Overflow, StepColumn } from './geometry';
import type { LayoutExtras } from './layoutExtras';
import type { MasteryChart, MasteryGeometry } from './masteryChart';
import { getPageScale, getPageSize } from '@/model/pageSize';
import { layoutStaircase, planStaircase, type StepGeometry } from './staircase';
import { getArrangement, getShowFigures, getStepHeights } from '@/model/layoutOptions';
import { BAND_LABEL_ROOM, getRowRooms, layoutBandsAbove, layoutCalloutsAbove } from './aboveSteps';
import { layoutStepList, LIST_CALLOUT_WIDTH } from './stepList';
import { getLeadingSlots } from './stepColumns';
import {
  getLegendLineHeight,
  getMarkBelowRoom,
  getStepChangeRoom,
  getStepsWithMarks,
  layoutStepChanges,
  type StepChangeGeometry,
} from './stepChange';
import { getRowOf } from './stepRows';
import type { TextBlock } from './textBlock';
import type { TrackGeometry } from './track';
import {
  layoutAxis,
  layoutFootnote,
  layoutOverviewHeader,
  type OverviewAxis,
  type OverviewHeader,
} from './overviewFrame';

export type { Box, Overflow, StepColumn } from './geometry';
export type { StepGeometry } from './staircase';
export type { BandGeometry } from './bands';

export type OverviewLayout = {
  width: number;
  height: number;
  scale: number;
  header: OverviewHeader;
  steps: StepGeometry[];
  /** Each step's own x-range, which tracks and charts line up with. */
  stepColumns: StepColumn[];
  bands: BandGeometry[];
  callouts: CalloutGeometry[];
  axis?: OverviewAxis;
  tracks: TrackGeometry[];
  /** Drawn in the staircase's place when the document has a mastery chart. */
  mastery?: MasteryGeometry;
  figureBars: FigureBarsGeometry[];
  /** Markers and the change of a figure beside each step, with their legend. */
  stepChanges?: StepChangeGeometry;
  footer?: TextBlock;
  /** Texts that could not be shown whole, for the UI to warn about. */
  overflows: Overflow[];
  /** Services the steps leave out (shown on the step pages only), for the UI to name. */
  leftOut: Overflow[];
};

/** An overflow that names services the overview leaves out rather than a text it cut. */
export const isLeftOut = (overflow: Overflow) =>
  overflow.field === 'servicesOnStepPage' || overflow.field === 'servicesNotShown';

/**
 * Where everything on the overview page goes: header, the staircase (or the mastery chart in its
 * place), bands, tracks and figure charts lined up with the steps, axis and footer. Without the
 * extras (not yet loaded in the browser) the charts and tracks are left out until they come.
 */
export function layoutOverview(
  doc: TrappDocument,
  measurer: TextMeasurer,
  extras: LayoutExtras | undefined,
): OverviewLayout {
  const { width, height } = getPageSize(doc.page);
  const scale = getPageScale({ width, height });
  const u = (value: number) => value * scale;
  const theme = doc.theme;
  const overflows: Overflow[] = [];
  const margin = u(36);
  const page = { margin, contentWidth: width - 2 * margin, scale };
  const header = layoutOverviewHeader(measurer, doc, page, overflows);
  const cursor = header.box.y + header.box.h;
  // Footer and axis take their room from the bottom.
  const footnote = layoutFootnote(measurer, doc, page, height - margin, overflows);
  const footer = footnote.footer;
  let bottom = footnote.bottom;
  const hasSteps = doc.steps.length > 0;
  // Tracks and charts line up with the staircase's columns; a list of rows has none, so they are left out.
  const list = getArrangement(doc.layout) === 'list';
  // Set whenever there is a chart or a track to lay out (the `lined!` below rely on it).
  const lined = extras && hasSteps && !list ? extras : undefined;
  const mastery = lined ? doc.charts.find((c): c is MasteryChart => c.kind === 'mastery') : undefined;
  const figureCharts =
    lined && getShowFigures(doc.layout) ? doc.charts.filter((c): c is FigureBarsChart => c.kind === 'figureBars') : [];
  const tracks = lined ? doc.tracks : [];
  const showBands = !mastery && doc.layout.showBands && doc.bands.length > 0;
  // Steps side by side at one height carry their band labels above them and their change marks below.
  const sideBySide = !list && getStepHeights(doc.layout) === 'equal' && doc.steps.length > 1;
  // Band labels, track row labels and chart titles share one column at the left.
  const hasLabelColumn = (showBands && !sideBySide) || tracks.length > 0 || figureCharts.length > 0;
  const labelColumn = hasLabelColumn ? u(118) : 0;
  const stairsLeft = margin + labelColumn + (hasLabelColumn ? u(14) : 0);
  const stairsRight = width - margin;
  const rightward = doc.layout.direction === 'right';

  let axis: OverviewLayout['axis'];
  // A mastery chart carries its own arrow along the bottom.
  if (!mastery && !list && doc.layout.showAxis && (doc.axis.label || doc.axis.start || doc.axis.end))
    ({ axis, bottom } = layoutAxis(measurer, doc, { left: stairsLeft, right: stairsRight, rightward }, scale, bottom));

  // Across first: the steps' x-ranges do not depend on heights, so tracks and charts can be fitted before the staircase.
  let top = cursor + u(18);
  // Marks beside the steps take their room from the staircase's trailing side; steps side by side
  // have theirs below them. The list and steps side by side have the marks' legend in a line under them.
  const changeRoom = getStepChangeRoom(doc, scale);
  const besideRoom = sideBySide ? 0 : changeRoom;
  const legendHeight = list || sideBySide ? getLegendLineHeight(measurer, doc, stairsRight - stairsLeft, scale) : 0;
  const legendRoom = legendHeight ? legendHeight + u(10) : 0;
  // Steps side by side stand in as many rows as suit the page, unless tracks or charts line up under them.
  const bandRoom = showBands && sideBySide ? u(BAND_LABEL_ROOM) : 0;
  const markRoom = sideBySide && changeRoom ? getMarkBelowRoom(scale) : 0;
  const rowArea =
    tracks.length === 0 && figureCharts.length === 0
      ? { height: bottom - legendRoom - top, room: bandRoom + markRoom }
      : undefined;
  const plan = mastery
    ? undefined
    : planStaircase(
        doc,
        stairsLeft + (rightward ? 0 : besideRoom),
        stairsRight - (rightward ? besideRoom : 0),
        scale,
        tracks.length > 0,
        rowArea,
      );
  const stepColumns = plan ? plan.columns : lined!.getMasterySlots(doc, stairsLeft, stairsRight);
  const gap = u(14);
  const region = bottom - top;
  // The staircase is the picture: tracks and charts get what it can spare.
  const mainMinimum = mastery
    ? region * 0.5
    : Math.min(region * 0.6, Math.max(region * 0.45, doc.steps.length * u(20) * (1 + doc.layout.stepGap)));
  const chartHeight = Math.min(u(76), (region - mainMinimum) * 0.25);
  const trackBudget =
    (region - mainMinimum - figureCharts.length * (chartHeight + gap)) / Math.max(1, tracks.length) - gap;
  const frame = {
    labelX: margin,
    labelW: labelColumn,
    stepColumns,
    rightward,
    theme,
    scale,
    axis: doc.layout.showAxis && !mastery ? doc.axis : undefined,
  };
  const trackPlans = tracks.map((track) => ({
    track,
    plan: lined!.planTrack(measurer, track, frame, trackBudget, overflows),
  }));
  const placed = new Map<string, TrackGeometry>();
  for (const { track, plan: trackPlan } of trackPlans.filter((p) => p.track.position === 'above')) {
    placed.set(track.id, trackPlan.place(top));
    top += trackPlan.height + gap;
  }
  for (const { track, plan: trackPlan } of trackPlans.filter((p) => p.track.position === 'below').reverse()) {
    bottom -= trackPlan.height;
    placed.set(track.id, trackPlan.place(bottom));
    bottom -= gap;
  }
  const slots = getLeadingSlots(stepColumns, rightward);
  const figureBars = [...figureCharts]
    .reverse()
    .map((chart) => {
      bottom -= chartHeight;
      const geometry = lined!.layoutFigureBars(
        measurer,
        doc,
        chart,
        slots,
        { labelX: margin, labelW: labelColumn, top: bottom, height: chartHeight },
        scale,
        overflows,
      );
      bottom -= gap;
      return geometry;
    })
    .reverse();

  let steps: StepGeometry[] = [];
  let bands: BandGeometry[] = [];
  let callouts: CalloutGeometry[] = [];
  let masteryGeometry: MasteryGeometry | undefined;
  let stepChanges: StepChangeGeometry | undefined;
  // Bands in the label column and callouts beside the steps, as the list and the plain staircase place them.
  const bandsBeside = (right: number, gap: number) =>
    showBands
      ? layoutBands(measurer, doc, steps, { left: margin, right, column: labelColumn, gap }, scale, overflows)
      : [];
  const calloutsBeside = (toRight: boolean) =>
    layoutCallouts(
      measurer,
      doc,
      getStepsWithMarks(steps, stepChanges, toRight),
      { left: stairsLeft, right: stairsRight, rightward: toRight },
      scale,
      overflows,
    );
  if (mastery) {
    const laid = lined!.layoutMasteryChart(
      measurer,
      doc,
      mastery,
      stepColumns,
      { x: stairsLeft, y: top, w: stairsRight - stairsLeft, h: bottom - top },
      scale,
      overflows,
    );
    steps = laid.steps;
    masteryGeometry = laid.chart;
  } else if (list && hasSteps) {
    // The list reads from the left whatever the staircase's direction: number, title, detail, marks, callout.
    const calloutRoom = doc.steps.some((s) => s.callout?.trim()) ? u(LIST_CALLOUT_WIDTH) : 0;
    const rowsRight = stairsRight - calloutRoom - changeRoom;
    const laid = layoutStepList(
      measurer,
      doc,
      { left: stairsLeft, right: rowsRight, top, bottom: bottom - legendRoom },
      scale,
      overflows,
    );
    steps = laid.steps;
    bands = bandsBeside(rowsRight + changeRoom, laid.gap);
    stepChanges = layoutStepChanges(
      measurer,
      doc,
      steps,
      {
        left: stairsLeft,
        right: rowsRight + changeRoom,
        rightward: true,
        column: true,
        legendTop: bottom - legendHeight,
      },
      scale,
      overflows,
    );
    callouts = calloutsBeside(true);
  } else if (plan && sideBySide) {
    const rooms = getRowRooms(measurer, doc, plan, { band: bandRoom, marks: markRoom }, scale);
    steps = layoutStaircase(measurer, doc, plan, top, bottom - legendRoom, scale, overflows, rooms).steps;
    if (showBands) bands = layoutBandsAbove(measurer, doc, steps, plan, scale, overflows);
    stepChanges = layoutStepChanges(
      measurer,
      doc,
      steps,
      { left: stairsLeft, right: stairsRight, rightward, marks: 'below', legendTop: bottom - legendHeight },
      scale,
      overflows,
    );
    const tops = steps.map((step, index) => step.y - rooms[getRowOf(index, plan.perRow)].above);
    callouts = layoutCalloutsAbove(
      measurer,
      doc,
      steps,
      { left: stairsLeft, right: stairsRight, tops, lift: bandRoom },
      scale,
      overflows,
    );
  } else if (plan) {
    const staircase = layoutStaircase(measurer, doc, plan, top, bottom, scale, overflows);
    steps = staircase.steps;
    bands = bandsBeside(stairsRight, staircase.gap);
    stepChanges = layoutStepChanges(
      measurer,
      doc,
      steps,
      { left: stairsLeft, right: stairsRight, rightward },
      scale,
      overflows,
    );
    callouts = calloutsBeside(rightward);
  }
  const placedTracks = tracks.map((track) => placed.get(track.id)!);
  const cut = overflows.filter((o) => !isLeftOut(o));
  return {
    width,
    height,
    scale,
    header,
    steps,
    stepColumns,
    bands,
    callouts,
    axis,
    tracks: placedTracks,
    mastery: masteryGeometry,
    figureBars,
    stepChanges,
    footer,
    overflows: cut,
    leftOut: overflows.filter(isLeftOut),
  };
}
