// What an uploaded SVG image may keep: drawing elements and presentation attributes. Anything
// not named here (script, style, foreignObject, animation, filters, event handlers) is left out.

/** Elements kept with their content. */
export const allowedElements = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'switch',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'image',
]);

/** Elements dropped but whose content is kept (a link's text stays, the link goes). */
export const unwrappedElements = new Set(['a']);

/** Attributes (without a namespace) kept when their value passes `isSafeValue`. */
export const allowedAttributes = new Set([
  'id',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'width',
  'height',
  'viewBox',
  'preserveAspectRatio',
  'd',
  'points',
  'pathLength',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'clip-path',
  'clip-rule',
  'clipPathUnits',
  'mask',
  'maskUnits',
  'maskContentUnits',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'startOffset',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'visibility',
  'display',
  'color',
  'vector-effect',
  'paint-order',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'style',
  'href',
]);

/** CSS properties a `style` attribute may keep: the presentation attributes above. */
export const allowedStyleProperties = new Set(
  [...allowedAttributes]
    .filter((name) => !['id', 'style', 'href', 'd', 'points', 'transform', 'viewBox'].includes(name))
    .map((name) => name.toLowerCase()),
);

/** Elements whose `href` may point inside the image (`#id`). */
export const fragmentHrefElements = new Set(['use', 'linearGradient', 'radialGradient', 'pattern', 'textPath']);

/** An embedded raster picture is the one outside reference kept: it is data, not a request. */
export const embeddedImageHref = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

/**
 * A value that makes no request and runs nothing: `url(...)` only to a fragment of the image
 * itself, and no script, expression or import in any spelling.
 */
export function isSafeValue(value: string): boolean {
  // CSS escapes (`u\72l(`) and comments could spell a forbidden word in pieces.
  if (value.includes('\\') || value.includes('/*')) return false;
  const folded = value.replace(/\s/g, '').toLowerCase();
  if (/javascript:|vbscript:|data:|expression\(|@import|behavior:|-moz-binding/.test(folded)) return false;
  for (const match of folded.matchAll(/url\(([^)]*)\)/g)) {
    if (!/^['"]?#[\w.:-]+['"]?$/.test(match[1])) return false;
  }
  return !/url\(/.test(folded.replace(/url\(['"]?#[\w.:-]+['"]?\)/g, ''));
}
