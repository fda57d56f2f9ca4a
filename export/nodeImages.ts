// SVG pictures rasterised in Node for the PDF, by resvg (as the PNG export draws in Node).
import { Resvg } from '@resvg/resvg-js';
import type { SvgRasteriser } from './images';

export const rasteriseSvgInNode: SvgRasteriser = async (href, width) => {
  const comma = href.indexOf(',');
  const header = href.slice(0, comma);
  const body = href.slice(comma + 1);
  const svg = header.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
};
