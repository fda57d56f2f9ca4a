// Free elements as geometry: boxes, wrapped text, icon strokes and routed connectors. Pure: the
// page's laid-out parts come in as attach targets, so a connector follows what it is attached to.
import type { FreeElement, Theme, TrappDocument } from '@/model/types';
import type { TextMeasurer } from './fonts';
import { unionBox, type Box } from './geometry';
import { placeText, type Anchor, type TextBlock } from './textBlock';
import { fitText } from './wrap';
import type { LayoutExtras } from './layoutExtras';
import {
  getHeadPath,
  getRoutePath,
  routeConnector,
  type AttachTargets,
  type Connector,
  type Point,
} from './connectors';
import type { FigureFormatter } from './stepPage';
import type { Segment } from './pathSegments';

type Of<K extends FreeElement['kind']> = Extract<FreeElement, { kind: K }>;

export type ConnectorGeometry = {
  element: Connector;
  box: Box;
  line: Segment[];
  heads: Segment[][];
  strokeWidth: number;
  from: Point;
  to: Point;
  middle: Point;
  label?: TextBlock;
  labelBox?: Box;
};
export type ElementGeometry =
  | { element: Of<'text'>; box: Box; text: TextBlock }
  | { element: Of<'shape'> | Of<'image'>; box: Box }
  | { element: Of<'icon'>; box: Box; icon?: { segments: Segment[]; strokeWidth: number } }
  | { element: Of<'figure'>; box: Box; value: TextBlock; label: TextBlock }
  | ConnectorGeometry;

export type FreeElementContext = {
  doc: TrappDocument;
  measurer: TextMeasurer;
  scale: number;
  formatFigure: FigureFormatter;
  /** Draws the icons; without it (not yet loaded) an icon is an empty box. */
  extras: LayoutExtras | undefined;
};

const boxOf = (e: { x: number; y: number; w: number; h: number }): Box => ({ x: e.x, y: e.y, w: e.w, h: e.h });
const anchorX = (box: Box, anchor: Anchor) =>
  anchor === 'start' ? box.x : anchor === 'middle' ? box.x + box.w / 2 : box.x + box.w;
/** Room between a text box's edge and its text, as a share of the type size. */
const TEXT_PADDING = 0.25;

/** A free text: wrapped in its box, shrinking towards half its size before it is cut. */
export function layoutFreeText(element: Of<'text'>, theme: Theme, measurer: TextMeasurer): TextBlock {
  const pad = element.size * TEXT_PADDING;
  const face = element.bold
    ? { family: theme.headingFont, weight: 700 as const }
    : { family: theme.bodyFont, weight: 400 as const };
  const inner = {
    x: element.x + pad,
    y: element.y + pad,
    w: Math.max(1, element.w - 2 * pad),
    h: Math.max(1, element.h - 2 * pad),
  };
  const fitted = fitText(measurer, element.text, {
    face,
    size: element.size,
    minSize: element.size / 2,
    lineHeight: 1.2,
    maxWidth: inner.w,
    maxHeight: inner.h,
  });
  const anchor = element.align ?? 'start';
  return placeText(measurer, fitted, anchorX(inner, anchor), inner.y, anchor);
}

function layoutFigure(
  element: Of<'figure'>,
  { doc, measurer, formatFigure }: FreeElementContext,
): { value: TextBlock; label: TextBlock } {
  const step = doc.steps.find((s) => s.id === element.stepId);
  const figure =
    step?.figures.find((f) => f.kind === element.figure && f.series === element.series) ??
    step?.figures.find((f) => f.kind === element.figure);
  const shown = figure ? formatFigure(figure, doc.meta.language) : { value: '–', label: '' };
  const box = boxOf(element);
  const face = (weight: 400 | 700) => ({ family: weight === 700 ? doc.theme.headingFont : doc.theme.bodyFont, weight });
  const valueSize = box.h * 0.5;
  const value = fitText(measurer, shown.value, {
    face: face(700),
    size: valueSize,
    minSize: valueSize / 4,
    lineHeight: 1.1,
    maxWidth: box.w,
    maxHeight: box.h * 0.6,
  });
  const labelText = [shown.label, figure?.series].filter(Boolean).join(', ');
  const label = fitText(measurer, labelText, {
    face: face(400),
    size: box.h * 0.16,
    minSize: box.h * 0.08,
    lineHeight: 1.15,
    maxWidth: box.w,
    maxHeight: box.h - value.height,
  });
  const centre = box.x + box.w / 2;
  return {
    value: placeText(measurer, value, centre, box.y, 'middle'),
    label: placeText(measurer, label, centre, box.y + value.height, 'middle'),
  };
}

export function layoutConnector(
  element: Connector,
  targets: AttachTargets,
  { doc, measurer, scale }: Pick<FreeElementContext, 'doc' | 'measurer' | 'scale'>,
): ConnectorGeometry {
  const route = routeConnector(element, targets);
  const strokeWidth = 1.5 * scale;
  const head = 7 * scale;
  const heads = element.heads ?? 'end';
  const atFrom = heads === 'both';
  const atTo = heads !== 'none';
  const line = getRoutePath(route, { from: atFrom ? head * 0.8 : 0, to: atTo ? head * 0.8 : 0 });
  const headPaths = [
    ...(atFrom ? [getHeadPath(route, 'from', head)] : []),
    ...(atTo ? [getHeadPath(route, 'to', head)] : []),
  ];
  const xs = [...route.points, ...(route.controls ?? [])].map((p) => p.x);
  const ys = [...route.points, ...(route.controls ?? [])].map((p) => p.y);
  const box: Box = {
    x: Math.min(...xs) - head,
    y: Math.min(...ys) - head,
    w: Math.max(...xs) - Math.min(...xs) + 2 * head,
    h: Math.max(...ys) - Math.min(...ys) + 2 * head,
  };
  const from = route.points[0];
  const to = route.points[route.points.length - 1];
  const geometry: ConnectorGeometry = {
    element,
    box,
    line,
    heads: headPaths,
    strokeWidth,
    from,
    to,
    middle: route.middle,
  };
  if (!element.label?.trim()) return geometry;
  const size = 9 * scale;
  const fitted = fitText(measurer, element.label, {
    face: { family: doc.theme.bodyFont, weight: 400 },
    size,
    minSize: size,
    lineHeight: 1.15,
    maxWidth: 160 * scale,
    maxHeight: 10 * size,
  });
  const label = placeText(measurer, fitted, route.middle.x, route.middle.y - fitted.height / 2, 'middle');
  const pad = 2 * scale;
  const labelBox = { x: label.box.x - pad, y: label.box.y - pad, w: label.box.w + 2 * pad, h: label.box.h + 2 * pad };
  return { ...geometry, box: unionBox([box, labelBox]), label, labelBox };
}

/**
 * Every free element of a page, in list order. `targets` gives the boxes of the page's laid-out
 * parts; the boxes of the page's own elements are added, so connectors may attach to those too.
 */
export function layoutFreeElements(
  elements: readonly FreeElement[],
  targets: AttachTargets,
  context: FreeElementContext,
): ElementGeometry[] {
  const own = new Map<string, Box>(
    elements.flatMap((e) => (e.kind === 'arrow' ? [] : [[`element:${e.id}`, boxOf(e)] as const])),
  );
  const allTargets: AttachTargets = (key) => own.get(key) ?? targets(key);
  return elements.map((element): ElementGeometry => {
    switch (element.kind) {
      case 'arrow':
        return layoutConnector(element, allTargets, context);
      case 'text':
        return { element, box: boxOf(element), text: layoutFreeText(element, context.doc.theme, context.measurer) };
      case 'icon':
        return { element, box: boxOf(element), icon: context.extras?.placeIcon(element.icon, boxOf(element)) };
      case 'figure':
        return { element, box: boxOf(element), ...layoutFigure(element, context) };
      default:
        return { element, box: boxOf(element) };
    }
  });
}
