import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { createBlankDocument } from '@/model/defaults';
import type { FreeElement, TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage } from '@/scene/buildScene';
import { getNodeSceneContext } from './nodeContext';
import { readShippedFontBytes } from './nodeFonts';
import { rasteriseSvgInNode } from './nodeImages';
import { renderPdf } from './pdf';
import { renderSvg } from './svg';
import { renderHtml } from './html';
import { runTool, writeTemp } from './testing/readers';
import { getNodePngSize, renderPngInNode } from './nodePng';
import { placeScene } from './placement';
import { readPixelSize } from './images';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();

function pngDataUrl(width: number, height: number): string {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 30, 30, 255], i);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
const svgDataUrl = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="#0a0"/></svg>').toString('base64')}`;

function withElements(elements: FreeElement[]): TrappDocument {
  const doc = createBlankDocument({ steps: 3, language: 'nb' });
  return { ...doc, pages: doc.pages.map((p) => (p.kind === 'overview' ? { ...p, elements } : p)) };
}
const logo: FreeElement = {
  id: 'logo',
  kind: 'image',
  src: pngDataUrl(8, 4),
  alt: 'Logo',
  logo: true,
  x: 40,
  y: 40,
  w: 80,
  h: 40,
};
const drawing: FreeElement = {
  id: 'drawing',
  kind: 'image',
  src: svgDataUrl,
  alt: 'Tegning',
  x: 200,
  y: 40,
  w: 60,
  h: 30,
};
const icon: FreeElement = { id: 'icon', kind: 'icon', icon: 'heart', x: 300, y: 40, w: 48, h: 48, colour: '#cc0000' };
const pdfOf = (doc: TrappDocument, rasterise = true) =>
  renderPdf({
    document: doc,
    context,
    fonts,
    options: { paper: doc.page, pages: 'overview', marginMm: 0, bleedMm: 0, cropMarks: false },
    rasteriseSvg: rasterise ? rasteriseSvgInNode : undefined,
  });
const listImages = (pdf: Uint8Array) =>
  runTool('pdfimages', ['-list', writeTemp(pdf, 'pdf')])
    .stdout.toString('utf8')
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/));

describe('pictures and icons in the scene and the exports', () => {
  const doc = withElements([logo, drawing, icon]);
  const scene = buildPage(doc, getOverviewPage(doc), context).sheets[0];

  it('each element is a scene node with an element reference, after the laid-out nodes, in list order', () => {
    const refs = scene.nodes.map((n) => n.ref);
    expect(refs.slice(-3)).toEqual([
      { kind: 'element', id: 'logo' },
      { kind: 'element', id: 'drawing' },
      { kind: 'element', id: 'icon' },
    ]);
    expect(scene.nodes.at(-3)!.primitives).toEqual([
      { kind: 'image', x: 40, y: 40, w: 80, h: 40, href: logo.kind === 'image' ? logo.src : '' },
    ]);
  });

  it('the SVG export has the pictures as <image> and the icon as a stroked path', () => {
    const svg = renderSvg(scene);
    expect(svg).toContain(
      `<image x="40" y="40" width="80" height="40" href="${logo.kind === 'image' ? logo.src : ''}" preserveAspectRatio="none"/>`,
    );
    expect(svg).toContain(`href="${svgDataUrl}"`);
    expect(svg).toMatch(/<g data-ref="element:icon"><path d="M[^"]+" fill="none" stroke="#cc0000" stroke-width="4"/);
  });

  it('the PDF embeds the PNG at its own size and the SVG rasterised at print resolution', async () => {
    const images = listImages(await pdfOf(doc));
    // pdfimages -list columns: page num type width height ...
    const sizes = images.filter((row) => row[2] === 'image').map((row) => `${row[3]}x${row[4]}`);
    expect(sizes).toContain('8x4');
    const drawn = sizes.find((s) => s !== '8x4');
    expect(drawn).toBeDefined();
    // 60 x 30 points of an A3 poster at 300 dpi.
    expect(Number(drawn!.split('x')[0])).toBeGreaterThanOrEqual(240);
  });

  it('without a rasteriser the PDF leaves the SVG picture out rather than failing', async () => {
    const sizes = listImages(await pdfOf(doc, false))
      .filter((row) => row[2] === 'image')
      .map((row) => `${row[3]}x${row[4]}`);
    expect(sizes).toEqual(['8x4']);
  });

  it('the PNG made in Node (resvg) draws the PNG and the SVG picture where the scene puts them', () => {
    const placement = placeScene(scene, { paper: doc.page, marginMm: 0, bleedMm: 0, cropMarks: false });
    const size = getNodePngSize(placement, 72);
    const png = PNG.sync.read(Buffer.from(renderPngInNode(scene, placement, size)));
    const px = size.width / placement.mediaWidth;
    const colourAt = (x: number, y: number) => {
      const [cx, cy] = [
        Math.round((placement.dx + x * placement.scale) * px),
        Math.round((placement.dy + y * placement.scale) * px),
      ];
      return [...png.data.subarray((cy * png.width + cx) * 4, (cy * png.width + cx) * 4 + 3)];
    };
    expect(colourAt(80, 60)).toEqual([200, 30, 30]);
    expect(colourAt(230, 55)).toEqual([0, 170, 0]);
  });

  it('the web page shows the picture inline', () => {
    expect(renderHtml({ document: doc, context, fonts })).toContain(
      '<image x="40" y="40" width="80" height="40" href="data:image/png;base64,',
    );
  });
});

describe("the pixel size in a picture's header", () => {
  const dataUrl = (type: string, bytes: number[]) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

  it('is read from a PNG file', async () => {
    const { readFileSync } = await import('node:fs');
    const logo = readFileSync(new URL('../tests/e2e/fixtures/kommune-logo.png', import.meta.url));
    expect(readPixelSize(`data:image/png;base64,${logo.toString('base64')}`)).toEqual({ width: 120, height: 60 });
  });

  it('is read from a JPEG file past its APP0 segment, at the start of frame', () => {
    const app0 = [
      0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    ];
    const sof0 = [
      0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0xf0, 0x01, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
    ];
    expect(readPixelSize(dataUrl('image/jpeg', [0xff, 0xd8, ...app0, ...sof0]))).toEqual({ width: 320, height: 240 });
  });

  it('is not there for SVG, text that is not base64, or a broken file', () => {
    expect(readPixelSize('data:image/svg+xml;base64,PHN2Zy8+')).toBeUndefined();
    expect(readPixelSize('data:image/png,not-base64')).toBeUndefined();
    expect(
      readPixelSize(dataUrl('image/jpeg', [0xff, 0xd8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])),
    ).toBeUndefined();
  });
});
