import type { Scene } from '@/scene/primitives';
import { toSvgElement, type SvgElement } from '@/scene/svgElements';

// Characters XML 1.0 forbids even escaped (control characters pasted from other programs, lone surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function elementToString(element: SvgElement): string {
  const attrs = Object.entries(element.attrs)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');
  return element.text === undefined ? `<${element.tag} ${attrs}/>` : `<${element.tag} ${attrs}>${escapeXml(element.text)}</${element.tag}>`;
}

export type SvgOptions = {
  /** `@font-face` rules to embed, e.g. with the font files as data URLs. */
  fontFaceCss?: string;
};

/** The scene as a standalone SVG document in points. */
export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const body = scene.nodes
    .map((node) => {
      const children = node.primitives.map(toSvgElement).filter((e): e is SvgElement => e !== undefined).map(elementToString);
      return `<g data-ref="${escapeXml(node.id)}">${children.join('')}</g>`;
    })
    .join('\n');
  const style = options.fontFaceCss ? `<defs><style>${options.fontFaceCss}</style></defs>\n` : '';
  const w = Math.round(scene.width * 100) / 100;
  const h = Math.round(scene.height * 100) / 100;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}">\n${style}<rect width="${w}" height="${h}" fill="${scene.background}"/>\n${body}\n</svg>\n`;
}
