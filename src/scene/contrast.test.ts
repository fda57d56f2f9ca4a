import { describe, expect, it } from 'vitest';
import type { Primitive, Scene, TextPrimitive } from '@/scene/primitives';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { contrastRatio } from '@/layout/colour';
import { checkSceneContrast, getNearestPassingColour, getTextContrasts, isLargeText } from './contrast';
import { parsePathData } from '@/layout/pathData';

const measurer = getNodeMeasurer();
// A3 landscape in points: the page scale is 1.
const A3 = { width: 1190.55, height: 841.89 };
const A1 = { width: 2383.94, height: 1683.78 };

const text = (fill: string, fields: Partial<TextPrimitive> = {}): TextPrimitive => ({
  kind: 'text',
  x: 100,
  y: 100,
  text: 'Hjemmetjenester',
  family: 'Source Sans 3',
  weight: 400,
  size: 10,
  fill,
  anchor: 'start',
  ...fields,
});
const scene = (primitives: Primitive[], size = A3, background = '#ffffff'): Scene => ({
  ...size,
  background,
  nodes: [{ id: 'step:a', ref: { kind: 'step', id: 'a' }, x: 0, y: 0, w: 10, h: 10, primitives }],
});

describe('the contrast of a text on its background', () => {
  it('measures against the page background when nothing is under the text', () => {
    const [result] = getTextContrasts(scene([text('#767676')]), measurer);
    expect(result.backgrounds).toEqual(['#ffffff']);
    expect(result.ratio).toBeCloseTo(4.54, 2);
    expect(result.required).toBe(4.5);
    expect(checkSceneContrast(scene([text('#767676')]), measurer)).toEqual([]);
    expect(checkSceneContrast(scene([text('#777777')]), measurer)).toHaveLength(1);
  });

  it('takes the topmost fill drawn before the text, not one drawn after it', () => {
    const under = { kind: 'rect' as const, x: 90, y: 80, w: 200, h: 40 };
    const primitives: Primitive[] = [
      { ...under, fill: '#000000' },
      { ...under, fill: '#1f6f82' },
      text('#ffffff'),
      { ...under, fill: '#ffffff' },
    ];
    const [result] = getTextContrasts(scene(primitives), measurer);
    expect(result.backgrounds).toEqual(['#1f6f82']);
    expect(result.ratio).toBeCloseTo(contrastRatio('#ffffff', '#1f6f82'), 5);
  });

  it('ignores fills that are only stroked and blends fills with opacity', () => {
    const box = { kind: 'rect' as const, x: 90, y: 80, w: 200, h: 40 };
    const [outlined] = getTextContrasts(scene([{ ...box, stroke: '#000000' }, text('#000000')]), measurer);
    expect(outlined.backgrounds).toEqual(['#ffffff']);
    const [blended] = getTextContrasts(scene([{ ...box, fill: '#000000', opacity: 0.5 }, text('#000000')]), measurer);
    expect(blended.backgrounds).toEqual(['#808080']);
  });

  it('finds the fill of a path only inside its outline (an arrow-shaped step)', () => {
    const arrow: Primitive = { kind: 'path', segments: parsePathData('M0 80H200L240 100L200 120H0Z'), fill: '#0b3a4c' };
    const inside = getTextContrasts(scene([arrow, text('#ffffff', { x: 20, y: 104, text: 'Trinn' })]), measurer)[0];
    expect(inside.backgrounds).toEqual(['#0b3a4c']);
    // In the box around the point but outside the outline: the page shows there.
    const [beyond] = getTextContrasts(scene([arrow, text('#ffffff', { x: 236, y: 84, text: 'x', size: 4 })]), measurer);
    expect(beyond.backgrounds).toEqual(['#ffffff']);
  });

  it('reports the worst background when a text runs over the edge of a fill', () => {
    const half: Primitive = { kind: 'rect', x: 0, y: 0, w: 130, h: 200, fill: '#0b3a4c' };
    const [result] = getTextContrasts(
      scene([half, text('#ffffff', { x: 100, text: 'Langtidsopphold i institusjon' })]),
      measurer,
    );
    expect(result.backgrounds).toEqual(['#ffffff', '#0b3a4c']);
    expect(result.ratio).toBe(1);
  });

  it('counts text as large at 18 pt, or 14 pt bold, relative to the page scale', () => {
    expect(isLargeText({ size: 18, weight: 400 }, 1)).toBe(true);
    expect(isLargeText({ size: 14, weight: 700 }, 1)).toBe(true);
    expect(isLargeText({ size: 14, weight: 600 }, 1)).toBe(false);
    // On A1 (scale 2) the same design is drawn twice as large and must not pass more easily.
    expect(isLargeText({ size: 20, weight: 400 }, 2)).toBe(false);
    const big = text('#777777', { size: 20 });
    expect(getTextContrasts(scene([big]), measurer)[0].required).toBe(3);
    expect(getTextContrasts(scene([big], A1), measurer)[0].required).toBe(4.5);
  });

  it('skips empty texts', () => {
    expect(getTextContrasts(scene([text('#ffffff', { text: ' ' })]), measurer)).toEqual([]);
  });
});

describe('the nearest passing colour', () => {
  it('changes only the lightness, as little as needed, and passes', () => {
    const fixed = getNearestPassingColour('#8fb8de', ['#ffffff'], 4.5)!;
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.8);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(fixed.slice(i, i + 2), 16));
    expect(b).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(r);
  });

  it('lightens a text on a dark fill and returns a passing colour unchanged', () => {
    const fixed = getNearestPassingColour('#3f7f4a', ['#1b472c'], 4.5)!;
    expect(contrastRatio(fixed, '#1b472c')).toBeGreaterThanOrEqual(4.5);
    expect(getNearestPassingColour('#000000', ['#ffffff'], 4.5)).toBe('#000000');
  });

  it('passes against every background at once, or gives up when none can', () => {
    const fixed = getNearestPassingColour('#999999', ['#ffffff', '#eeeeee'], 4.5)!;
    for (const bg of ['#ffffff', '#eeeeee']) expect(contrastRatio(fixed, bg)).toBeGreaterThanOrEqual(4.5);
    // Mid grey reaches 4.5 against both black and white, but nothing reaches 7 against both.
    expect(getNearestPassingColour('#999999', ['#ffffff', '#000000'], 7)).toBeUndefined();
  });
});
