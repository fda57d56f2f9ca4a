import type { Scene, SceneNode } from '@/scene/primitives';
import { toSvgElement, type SvgElement } from '@/scene/svgElements';
import type { Placement } from './placement';
import type { TextOutliner } from './svgOutlines';
import { round } from '@/model/round';

// Characters XML 1.0 forbids even escaped (control characters pasted from other programs, lone surrogates).
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A CSS font-family value: a family name with a word starting with a digit ("Source Sans 3") is only valid quoted. */
export function quoteFontFamily(family: string): string {
  // A name from an uploaded file may hold anything: nothing that could end the quote, the style block or the markup stays.
  return /^[A-Za-z][\w-]*(\s+[A-Za-z][\w-]*)*$/.test(family) ? family : `'${family.replace(/['"\\<>&\p{Cc}]/gu, '')}'`;
}

function elementToString(element: SvgElement): string {
  const attrs = Object.entries(element.attrs)
    .map(
      ([key, value]) => `${key}="${escapeXml(key === 'font-family' ? quoteFontFamily(String(value)) : String(value))}"`,
    )
    .join(' ');
  return element.text === undefined
    ? `<${element.tag} ${attrs}/>`
    : `<${element.tag} ${attrs}>${escapeXml(element.text)}</${element.tag}>`;
}

/** Where a scene node links to in an interactive SVG (the web page): an address and a name for screen readers. */
export type NodeLink = { href: string; label: string };

export type SvgOptions = {
  /** `@font-face` rules to embed, e.g. with the font files as data URLs. */
  fontFaceCss?: string;
  /** Puts the scene on paper (size, margins, bleed, crop marks); without it the SVG is the scene's own size. */
  placement?: Placement;
  /** Wraps a node in a link; used by the web page, where each step leads to its content. */
  linkFor?: (node: SceneNode) => NodeLink | undefined;
  /** For inline SVG in HTML: no XML declaration, and attributes for the outer element. */
  inline?: { attrs: string };
  /** Draws text as glyph outlines instead of <text> (then no font needs embedding). */
  outliner?: TextOutliner;
};

function nodeToString(node: SceneNode, { linkFor, outliner }: SvgOptions): string {
  const children = node.primitives.map((p) => {
    const outlined = p.kind === 'text' ? outliner?.text(p) : undefined;
    if (outlined !== undefined) return outlined;
    const element = toSvgElement(p);
    return element ? elementToString(element) : '';
  });
  const link = linkFor?.(node);
  // In a link, a space between the drawn texts keeps their words apart in the link's text as
  // assistive technology reads it ("3 Tidlig innsats", not "3Tidlig innsats"); SVG does not draw it.
  const group = `<g data-ref="${escapeXml(node.id)}">${children.join(link ? ' ' : '')}</g>`;
  return link ? `<a href="${escapeXml(link.href)}" aria-label="${escapeXml(link.label)}">${group}</a>` : group;
}

/** The scene as a standalone SVG document in points. */
export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const body = scene.nodes.map((node) => nodeToString(node, options)).join('\n');
  const defs = (options.fontFaceCss ? `<style>${options.fontFaceCss}</style>` : '') + (options.outliner?.defs() ?? '');
  const style = defs ? `<defs>${defs}</defs>\n` : '';
  const p = options.placement;
  const w = round(p ? p.mediaWidth : scene.width);
  const h = round(p ? p.mediaHeight : scene.height);
  const background = p
    ? `<rect x="${round(p.bleed.x)}" y="${round(p.bleed.y)}" width="${round(p.bleed.w)}" height="${round(p.bleed.h)}" fill="${escapeXml(scene.background)}"/>`
    : `<rect width="${w}" height="${h}" fill="${escapeXml(scene.background)}"/>`;
  const content = p
    ? `<g transform="matrix(${round(p.scale * 1e4) / 1e4} 0 0 ${round(p.scale * 1e4) / 1e4} ${round(p.dx)} ${round(p.dy)})">\n${body}\n</g>`
    : body;
  const marks = p?.cropMarks.length
    ? `\n<g stroke="#000" stroke-width="0.25">${p.cropMarks.map(([x1, y1, x2, y2]) => `<path d="M${round(x1)} ${round(y1)}L${round(x2)} ${round(y2)}"/>`).join('')}</g>`
    : '';
  if (options.inline)
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" ${options.inline.attrs}>\n${style}${background}\n${content}${marks}\n</svg>`;
  const xlink = options.outliner ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"${xlink} width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}">\n${style}${background}\n${content}${marks}\n</svg>\n`;
}
