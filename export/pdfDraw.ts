// One scene drawn on the current page of a jsPDF document: paths as PDF paths, text as text in
// the embedded fonts, links as link annotations. Coordinates go through the placement.
import { GState, type jsPDF } from 'jspdf';
import type { FontFace, TextMeasurer } from '@/layout/fonts';
import type { ImagePrimitive, PathPrimitive, Primitive, RectPrimitive, Scene, TextPrimitive } from '@/scene/primitives';
import { parseColour } from '@/layout/colour';
import { mapSegments, type Segment } from '@/layout/pathSegments';
import { getRectSegments } from '@/layout/pathShapes';
import { placeBox, placeRect, type Placement } from './placement';
import { isSafeHref } from '@/model/links';
import { getRasterFormat } from './images';

export type PdfDrawContext = {
  pdf: jsPDF;
  placement: Placement;
  fontFor: (face: FontFace) => string;
  measurer: TextMeasurer;
  /** Told of a picture jsPDF could not decode; it is left out and the page goes on. */
  onPictureFailed?: (href: string) => void;
};

export function drawSceneOnPdf(scene: Scene, ctx: PdfDrawContext): void {
  const { pdf, placement } = ctx;
  const bleed = placement.bleed;
  if (setFill(pdf, scene.background)) emitPath(pdf, getRectSegments(bleed.x, bleed.y, bleed.w, bleed.h), 'f');
  for (const node of scene.nodes) for (const primitive of node.primitives) drawPrimitive(primitive, ctx);
}

export function drawPrimitive(primitive: Primitive, ctx: PdfDrawContext): void {
  switch (primitive.kind) {
    case 'rect':
      return withOpacity(ctx.pdf, primitive.opacity, () => drawRect(primitive, ctx));
    case 'path':
      return withOpacity(ctx.pdf, primitive.opacity, () => drawPath(primitive, ctx));
    case 'text':
      return drawText(primitive, ctx);
    case 'image':
      return withOpacity(ctx.pdf, primitive.opacity, () => drawImage(primitive, ctx));
    case 'link': {
      const href = primitive.href;
      if (!isSafeHref(href)) return;
      const box = placeBox(primitive, ctx.placement);
      ctx.pdf.link(box.x, box.y, box.w, box.h, { url: href });
      return;
    }
    default:
      // A primitive kind this renderer does not know yet is skipped rather than breaking the export.
      return;
  }
}

function drawRect(rect: RectPrimitive, ctx: PdfDrawContext) {
  const { pdf, placement } = ctx;
  const box = placeRect(rect, placement);
  const segments = getRectSegments(box.x, box.y, box.w, box.h, (rect.radius ?? 0) * placement.scale);
  const fill = setFill(pdf, rect.fill);
  const stroke = rect.stroke
    ? setStroke(pdf, rect.stroke, (rect.strokeWidth ?? 1) * placement.scale, 'butt', undefined)
    : false;
  paint(pdf, segments, fill, stroke);
}

function drawPath(path: PathPrimitive, ctx: PdfDrawContext) {
  const { pdf, placement } = ctx;
  const { scale, dx, dy } = placement;
  const segments = mapSegments(path.segments, (x, y) => [dx + x * scale, dy + y * scale]);
  const fill = setFill(pdf, path.fill);
  const stroke = path.stroke
    ? setStroke(
        pdf,
        path.stroke,
        (path.strokeWidth ?? 1) * scale,
        'round',
        path.dash?.map((d) => d * scale),
      )
    : false;
  paint(pdf, segments, fill, stroke);
}

/** PNG and JPEG go in as they are; an SVG picture must have been rasterised before (see rasteriseSvgImages), else it is left out. */
function drawImage(image: ImagePrimitive, ctx: PdfDrawContext) {
  const format = getRasterFormat(image.href);
  if (!format) return;
  const box = placeBox(image, ctx.placement);
  try {
    ctx.pdf.addImage(image.href, format, box.x, box.y, box.w, box.h, undefined, 'FAST');
  } catch {
    // A PNG whose header passed but whose data is damaged: one picture missing, not the whole PDF.
    ctx.onPictureFailed?.(image.href);
  }
}

function drawText(text: TextPrimitive, ctx: PdfDrawContext) {
  if (!text.text.trim()) return;
  const { pdf, placement, measurer } = ctx;
  const colour = parseColour(text.fill);
  if (!colour) return;
  const face = { family: text.family, weight: text.weight };
  const width = measurer.width(text.text, face, text.size);
  const x = text.anchor === 'middle' ? text.x - width / 2 : text.anchor === 'end' ? text.x - width : text.x;
  pdf.setFont(ctx.fontFor(face), 'normal');
  pdf.setFontSize(text.size * placement.scale);
  pdf.setTextColor(colour.r, colour.g, colour.b);
  pdf.text(text.text, placement.dx + x * placement.scale, placement.dy + text.y * placement.scale, {
    baseline: 'alphabetic',
  });
}

function setFill(pdf: jsPDF, value: string | undefined): boolean {
  const colour = parseColour(value);
  if (!colour || colour.a === 0) return false;
  pdf.setFillColor(colour.r, colour.g, colour.b);
  return true;
}

function setStroke(
  pdf: jsPDF,
  value: string,
  width: number,
  cap: 'butt' | 'round',
  dash: number[] | undefined,
): boolean {
  const colour = parseColour(value);
  if (!colour || colour.a === 0 || width <= 0) return false;
  pdf.setDrawColor(colour.r, colour.g, colour.b);
  pdf.setLineWidth(width);
  pdf.setLineCap(cap);
  pdf.setLineJoin(cap === 'round' ? 'round' : 'miter');
  pdf.setLineDashPattern(dash ?? [], 0);
  return true;
}

function paint(pdf: jsPDF, segments: readonly Segment[], fill: boolean, stroke: boolean) {
  if (!fill && !stroke) return;
  emitPath(pdf, segments, fill && stroke ? 'B' : fill ? 'f' : 'S');
}

export function emitPath(pdf: jsPDF, segments: readonly Segment[], style: 'f' | 'S' | 'B') {
  for (const s of segments) {
    if (s.op === 'M') pdf.moveTo(s.x, s.y);
    else if (s.op === 'L') pdf.lineTo(s.x, s.y);
    else if (s.op === 'C') pdf.curveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
    else pdf.close();
  }
  if (style === 'f') pdf.fill();
  else if (style === 'S') pdf.stroke();
  else pdf.fillStroke();
}

function withOpacity(pdf: jsPDF, opacity: number | undefined, draw: () => void) {
  if (opacity === undefined || opacity >= 1) return draw();
  pdf.saveGraphicsState();
  pdf.setGState(new GState({ opacity: Math.max(0, opacity), 'stroke-opacity': Math.max(0, opacity) }));
  draw();
  pdf.restoreGraphicsState();
}
