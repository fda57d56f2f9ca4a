import { describe, expect, it } from 'vitest';
import { isPictureHref } from './pictureHref';
import { toSvgElement } from './svgElements';

const png = 'data:image/png;base64,iVBORw0KGgo=';

describe('pictures only from data URLs', () => {
  it.each([
    [png, true],
    ['data:image/jpeg;base64,/9j/', true],
    ['data:image/svg+xml;base64,PHN2Zy8+', true],
    ['https://tracker.example/pixel.png', false],
    ['http://127.0.0.1:1/x.png', false],
    ['//tracker.example/pixel.png', false],
    ['file:///etc/passwd', false],
    ['/some/path.png', false],
    ['javascript:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    [' data:image/png;base64,AA', false],
  ])('%s: %s', (href, drawn) => {
    expect(isPictureHref(href)).toBe(drawn);
    // The canvas and the SVG export draw pictures through this element; an outside address gets none.
    const element = toSvgElement({ kind: 'image', x: 0, y: 0, w: 10, h: 10, href });
    expect(element?.attrs.href).toBe(drawn ? href : undefined);
  });
});
