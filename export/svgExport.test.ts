import { describe, expect, it } from 'vitest';
import { renderSvg } from './svg';
import { getFontFaceCss, getUsedFaces } from './svgFonts';
import { getNodeSceneContext } from './nodeContext';
import { readShippedFontBytes } from './nodeFonts';
import { placeScene, MM } from './placement';
import { getExportSheets } from './sheets';
import { runTool } from './testing/readers';
import { loadTemplates } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();

describe.each(loadTemplates())('SVG export of the $id template', ({ document }) => {
  const [scene] = getExportSheets(document, context, 'overview');
  const placement = placeScene(scene, {
    paper: { size: 'A1', orientation: 'landscape' },
    marginMm: 10,
    bleedMm: 3,
    cropMarks: true,
  });
  const svg = renderSvg(scene, { placement, fontFaceCss: getFontFaceCss([scene], fonts) });

  it('embeds only the weights it draws with, as quoted families', () => {
    const faces = svg.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(getUsedFaces([scene]).length);
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces)
      expect(face).toMatch(
        /font-family:'Source Sans 3';font-weight:(400|600|700);.*src:url\(data:font\/ttf;base64,AAEAAA/,
      );
    expect(svg).toContain(`font-family="&apos;Source Sans 3&apos;"`);
  });

  it('is the paper size, and rsvg-convert renders it without a warning', () => {
    expect(svg).toMatch(new RegExp(`width="${Math.round(placement.mediaWidth * 100) / 100}pt"`));
    expect(placement.trim.w).toBeCloseTo(841 * MM, 1);
    const result = runTool('rsvg-convert', ['--format', 'png', '--width', '800'], svg);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(1, 4).toString()).toBe('PNG');
  });
});
