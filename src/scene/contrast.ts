// WCAG 2.1 AA contrast of every text in a scene against what is drawn under it, computed from the
// primitives alone, so the check sees exactly what the canvas and every export draw.
import type { Primitive, Scene, SceneRef, TextPrimitive } from './primitives';
import { contrastRatio, mix, parseHex, toHex, type Rgb } from '@/layout/colour';
import type { TextMeasurer } from '@/layout/fonts';
import { getPageScale } from '@/model/pageSize';
import { getSegmentBounds } from '@/layout/pathSegments';
import { getPathPolygons, isInsidePolygons, type Polygon } from '@/layout/pathPolygons';

/** One text as drawn: its colour, the colours under it, and how it fares against AA. */
export type TextContrast = {
  nodeId: string;
  ref: SceneRef;
  text: string;
  colour: string;
  /** Every colour found under the text, lightest contrast first. */
  backgrounds: string[];
  /** The lowest contrast between the text and anything under it. */
  ratio: number;
  /** 3 for large text (18 pt, or 14 pt bold, at the page's scale), else 4.5. */
  required: number;
};

export const AA_BODY = 4.5;
export const AA_LARGE = 3;

/**
 * Whether a text counts as large in WCAG's sense. Sizes grow with the page, so the size is taken
 * relative to the page's scale: an A1 poster is the A3 design enlarged and passes no more easily.
 */
export function isLargeText(text: Pick<TextPrimitive, 'size' | 'weight'>, scale: number): boolean {
  const size = text.size / scale;
  return size >= 18 || (text.weight >= 700 && size >= 14);
}

type Shape = {
  index: number;
  fill: string;
  opacity: number;
  box: { x1: number; y1: number; x2: number; y2: number };
  polygons?: Polygon[];
};

/** Every text of the scene with its contrast against the topmost fills under it (the page background last). */
export function getTextContrasts(scene: Scene, measurer: TextMeasurer): TextContrast[] {
  const scale = getPageScale({ width: scene.width, height: scene.height });
  const shapes: Shape[] = [];
  const results: TextContrast[] = [];
  let index = 0;
  for (const node of scene.nodes) {
    for (const primitive of node.primitives) {
      index++;
      if (primitive.kind === 'text') {
        if (!primitive.text.trim()) continue;
        const backgrounds = getBackgroundsUnder(primitive, shapes, scene.background, measurer);
        const ratios = backgrounds.map((bg) => contrastRatio(primitive.fill, bg));
        const order = backgrounds.map((bg, i) => [bg, ratios[i]] as const).sort((a, b) => a[1] - b[1]);
        results.push({
          nodeId: node.id,
          ref: node.ref,
          text: primitive.text,
          colour: primitive.fill,
          backgrounds: order.map(([bg]) => bg),
          ratio: order[0][1],
          required: isLargeText(primitive, scale) ? AA_LARGE : AA_BODY,
        });
      } else {
        const shape = toShape(primitive, index);
        if (shape) shapes.push(shape);
      }
    }
  }
  return results;
}

/** The texts that fail AA, each with the nearest text colour that passes. */
export function checkSceneContrast(scene: Scene, measurer: TextMeasurer): (TextContrast & { suggestion?: string })[] {
  return getTextContrasts(scene, measurer)
    .filter((t) => t.ratio < t.required)
    .map((t) => ({ ...t, suggestion: getNearestPassingColour(t.colour, t.backgrounds, t.required) }));
}

function toShape(primitive: Primitive, index: number): Shape | undefined {
  if (primitive.kind === 'rect' && primitive.fill && primitive.fill !== 'none') {
    return {
      index,
      fill: primitive.fill,
      opacity: primitive.opacity ?? 1,
      box: { x1: primitive.x, y1: primitive.y, x2: primitive.x + primitive.w, y2: primitive.y + primitive.h },
    };
  }
  if (primitive.kind === 'path' && primitive.fill && primitive.fill !== 'none') {
    const polygons = getPathPolygons(primitive.segments);
    const bounds = getSegmentBounds(primitive.segments);
    if (polygons.length === 0 || !bounds) return undefined;
    // The box (control points included) only rules points out quickly; the polygons decide.
    return {
      index,
      fill: primitive.fill,
      opacity: primitive.opacity ?? 1,
      polygons,
      box: { x1: bounds.x, y1: bounds.y, x2: bounds.x + bounds.w, y2: bounds.y + bounds.h },
    };
  }
  return undefined;
}

/** The colours at points spread over the text's glyphs: the page background, painted over by each fill in drawing order. */
function getBackgroundsUnder(
  text: TextPrimitive,
  shapes: readonly Shape[],
  background: string,
  measurer: TextMeasurer,
): string[] {
  const width = measurer.width(text.text, { family: text.family, weight: text.weight }, text.size);
  const left = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - width / 2 : text.x - width;
  const xs = [0.02, 0.25, 0.5, 0.75, 0.98].map((f) => left + f * width);
  const ys = [text.y - 0.25 * text.size, text.y - 0.6 * text.size];
  const found = new Set<string>();
  for (const x of xs) {
    for (const y of ys) {
      let colour = background;
      for (const shape of shapes) {
        const { x1, y1, x2, y2 } = shape.box;
        if (x < x1 || x > x2 || y < y1 || y > y2) continue;
        if (shape.polygons && !isInsidePolygons(shape.polygons, x, y)) continue;
        colour = shape.opacity >= 1 ? shape.fill : mix(colour, shape.fill, shape.opacity);
      }
      found.add(colour.toLowerCase());
    }
  }
  return [...found];
}

/**
 * The colour nearest to `colour` in lightness (hue and saturation kept) that reaches `required`
 * against every background; undefined when none does.
 */
export function getNearestPassingColour(
  colour: string,
  backgrounds: readonly string[],
  required: number,
): string | undefined {
  const passes = (candidate: string) => backgrounds.every((bg) => contrastRatio(candidate, bg) >= required);
  if (passes(colour)) return colour;
  const [h, s, l] = toHsl(parseHex(colour));
  for (let step = 0.005; step <= 1; step += 0.005) {
    for (const lightness of [l - step, l + step]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = toHex(fromHsl(h, s, lightness));
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [x, y, z] = [r / 255, g / 255, b / 255];
  const max = Math.max(x, y, z);
  const min = Math.min(x, y, z);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === x ? (y - z) / d + (y < z ? 6 : 0) : max === y ? (z - x) / d + 2 : (x - y) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}
