import { describe, expect, it } from 'vitest';
import { readShippedFontBytes } from './nodeFonts';
import { getNodeSceneContext } from './nodeContext';
import { getSlides } from './slideSequence';
import { getSlidesFileName, renderSlidesPdf } from './slides';
import { readPdfInfo, readPdfText } from './testing/readers';
import { loadTemplates, squash } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const lillesand = loadTemplates().find((t) => t.id === 'lillesand')!.document;

describe('slides PDF of Lillesand', async () => {
  const pdf = await renderSlidesPdf({ document: lillesand, context, fonts });
  const info = readPdfInfo(pdf);

  it('has one 16:9 page per slide of the presentation', () => {
    expect(Number(info.Pages)).toBe(getSlides(lillesand, context).length);
    const [width, height] = info['Page size']
      .match(/([\d.]+) x ([\d.]+)/)!
      .slice(1)
      .map(Number);
    expect(width / height).toBeCloseTo(16 / 9, 2);
  });

  it('keeps the text real: every step title can be found in the text', () => {
    const text = squash(readPdfText(pdf));
    for (const step of lillesand.steps) expect(text).toContain(squash(step.title));
  });

  it('is named after the document, as slides', () => {
    expect(getSlidesFileName(lillesand)).toMatch(/^lillesand-.*-lysbilder\.pdf$/);
    expect(getSlidesFileName({ ...lillesand, meta: { ...lillesand.meta, language: 'nn' } })).toMatch(
      /-lysbilete\.pdf$/,
    );
  });
});
