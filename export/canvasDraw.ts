// The scene drawn on a Canvas2D context: the same primitives, path segments and text placement as the
// PDF, so the PNG matches it. The caller sets the transform (scene units to pixels) first.
import type { TextMeasurer } from '@/layout/fonts';
import type { Primitive, Scene } from '@/scene/primitives';
import { parseColour } from '@/layout/colour';
import type { Segment } from '@/layout/pathSegments';
import { getRectSegments } from '@/layout/pathShapes';
import { quoteFontFamily } from './svg';

export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const css = (value: string | undefined) => {
  const c = parseColour(value);
  return c && c.a > 0 ? `rgba(${c.r},${c.g},${c.b},${c.a})` : undefined;
};

function tracePath(ctx: Canvas2D, segments: readonly Segment[]) {
  ctx.beginPath();
  for (const s of segments) {
    if (s.op === 'M') ctx.moveTo(s.x, s.y);
    else if (s.op === 'L') ctx.lineTo(s.x, s.y);
    else if (s.op === 'C') ctx.bezierCurveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
    else ctx.closePath();
  }
}

function paint(
  ctx: Canvas2D,
  fill: string | undefined,
  stroke: { colour?: string; width: number; cap: CanvasLineCap; dash?: number[] },
) {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke.colour && stroke.width > 0) {
    ctx.strokeStyle = stroke.colour;
    ctx.lineWidth = stroke.width;
    ctx.lineCap = stroke.cap;
    ctx.lineJoin = stroke.cap === 'round' ? 'round' : 'miter';
    ctx.setLineDash(stroke.dash ?? []);
    ctx.stroke();
  }
}

/** Pictures decoded before drawing, by data URL (Canvas2D draws only decoded images; see decodeImages). */
export type DecodedImages = ReadonlyMap<string, CanvasImageSource>;

export function drawPrimitiveOnCanvas(
  ctx: Canvas2D,
  p: Primitive,
  measurer: TextMeasurer,
  images?: DecodedImages,
): void {
  if (p.kind === 'link') return;
  ctx.globalAlpha = p.kind !== 'text' && p.opacity !== undefined ? Math.max(0, Math.min(1, p.opacity)) : 1;
  if (p.kind === 'rect') {
    tracePath(ctx, getRectSegments(p.x, p.y, p.w, p.h, p.radius));
    paint(ctx, css(p.fill), { colour: css(p.stroke), width: p.strokeWidth ?? 1, cap: 'butt' });
  } else if (p.kind === 'path') {
    tracePath(ctx, p.segments);
    paint(ctx, css(p.fill), { colour: css(p.stroke), width: p.strokeWidth ?? 1, cap: 'round', dash: p.dash });
  } else if (p.kind === 'image') {
    const image = images?.get(p.href);
    if (image) ctx.drawImage(image, p.x, p.y, p.w, p.h);
  } else if (p.kind === 'text') {
    const colour = css(p.fill);
    if (!colour || !p.text.trim()) return;
    const width = measurer.width(p.text, p, p.size);
    const x = p.anchor === 'middle' ? p.x - width / 2 : p.anchor === 'end' ? p.x - width : p.x;
    ctx.font = `${p.weight} ${p.size}px ${quoteFontFamily(p.family)}`;
    ctx.fontKerning = 'none';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = colour;
    ctx.fillText(p.text, x, p.y);
  }
}

export function drawSceneOnCanvas(ctx: Canvas2D, scene: Scene, measurer: TextMeasurer, images?: DecodedImages): void {
  for (const node of scene.nodes) for (const p of node.primitives) drawPrimitiveOnCanvas(ctx, p, measurer, images);
  ctx.globalAlpha = 1;
}
