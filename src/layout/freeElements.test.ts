import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { FreeElement } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { layoutFreeElements, type ConnectorGeometry } from './freeElements';
import { clipToBox, routeConnector, type Connector } from './connectors';
import { iconNames, placeIcon } from './icons';

const measurer = getNodeMeasurer();
const doc = createBlankDocument({ steps: 3, language: 'nb' });
const context = {
  doc,
  measurer,
  scale: 1,
  formatFigure: () => ({ value: '12', label: 'Brukere' }),
  extras: sceneExtras,
};
const box = (id: string, x: number, y: number): FreeElement => ({
  id,
  kind: 'shape',
  shape: 'rect',
  x,
  y,
  w: 100,
  h: 60,
});
const arrow = (routing: Connector['routing']): Connector => ({
  id: 'a',
  kind: 'arrow',
  routing,
  from: { x: 0, y: 0, attach: { kind: 'element', id: 'one' } },
  to: { x: 0, y: 0, attach: { kind: 'element', id: 'two' } },
});
const connectorOf = (elements: FreeElement[]) =>
  layoutFreeElements(elements, () => undefined, context).find((g): g is ConnectorGeometry => 'line' in g)!;

describe('connectors', () => {
  it('an attached end follows the element when its x changes, and stays on its edge', () => {
    const before = connectorOf([box('one', 0, 0), box('two', 300, 0), arrow('straight')]);
    const after = connectorOf([box('one', 0, 0), box('two', 500, 0), arrow('straight')]);
    expect(before.from).toEqual({ x: 100, y: 30 });
    expect(before.to).toEqual({ x: 300, y: 30 });
    expect(after.to).toEqual({ x: 500, y: 30 });
  });

  it('attaches to a laid-out part through the page targets', () => {
    const step = { x: 1000, y: 400, w: 120, h: 200 };
    const route = routeConnector(
      { ...arrow('straight'), to: { x: 0, y: 0, attach: { kind: 'step', id: 's1' } } },
      (key) => (key === 'element:one' ? { x: 0, y: 470, w: 100, h: 60 } : key === 'step:s1' ? step : undefined),
    );
    expect(route.points.at(-1)).toEqual({ x: 1000, y: 500 });
  });

  it('an unattached end stays where it was put', () => {
    const route = routeConnector(
      { id: 'a', kind: 'arrow', from: { x: 5, y: 6 }, to: { x: 50, y: 60 } },
      () => undefined,
    );
    expect(route.points).toEqual([
      { x: 5, y: 6 },
      { x: 50, y: 60 },
    ]);
  });

  it('an elbow route has only horizontal and vertical segments', () => {
    const g = connectorOf([box('one', 0, 0), box('two', 300, 200), arrow('elbow')]);
    const segments = g.line.filter((s) => s.op !== 'Z') as { x: number; y: number }[];
    expect(segments.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < segments.length; i++) {
      const [a, b] = [segments[i - 1], segments[i]];
      expect(
        Math.abs(a.x - b.x) < 1e-9 || Math.abs(a.y - b.y) < 1e-9,
        `${JSON.stringify(a)} to ${JSON.stringify(b)}`,
      ).toBe(true);
    }
    // Leaves the right side of the first box and enters the left side of the second.
    expect(g.from).toEqual({ x: 100, y: 30 });
    expect(g.to).toEqual({ x: 300, y: 230 });
  });

  it('an elbow between boxes that overlap across leaves by the top and enters by the bottom', () => {
    const g = connectorOf([box('one', 0, 300), box('two', 50, 0), arrow('elbow')]);
    expect(g.from).toEqual({ x: 50, y: 300 });
    expect(g.to).toEqual({ x: 100, y: 60 });
  });

  it('a curved route is one cubic, and the arrow head ends on the target edge', () => {
    const g = connectorOf([box('one', 0, 0), box('two', 300, 200), arrow('curved')]);
    expect(g.line.map((s) => s.op)).toEqual(['M', 'C']);
    expect(g.heads).toHaveLength(1);
    expect(g.heads[0][0]).toMatchObject({ op: 'M', x: 300, y: 230 });
  });

  it('clips a ray from the centre at the box edge', () => {
    expect(clipToBox({ x: 0, y: 0, w: 100, h: 60 }, { x: 150, y: 30 })).toEqual({ x: 100, y: 30 });
    expect(clipToBox({ x: 0, y: 0, w: 100, h: 60 }, { x: 50, y: 200 })).toEqual({ x: 50, y: 60 });
  });

  it('a label widens the connector box to hold it', () => {
    const g = connectorOf([
      box('one', 0, 0),
      box('two', 300, 0),
      { ...arrow('straight'), label: 'Søknad om tjenester' },
    ]);
    expect(g.label?.lines.map((l) => l.text).join(' ')).toBe('Søknad om tjenester');
    expect(g.box.y).toBeLessThanOrEqual(g.labelBox!.y);
  });
});

describe('free text and icons', () => {
  it('wraps free text inside its box and re-flows when the box narrows', () => {
    const text: FreeElement = {
      id: 't',
      kind: 'text',
      text: 'Hjemmetjenester og praktisk bistand',
      size: 14,
      bold: false,
      x: 0,
      y: 0,
      w: 400,
      h: 100,
    };
    const [wide] = layoutFreeElements([text], () => undefined, context);
    const [narrow] = layoutFreeElements([{ ...text, w: 120 }], () => undefined, context);
    if (!('text' in wide) || !('text' in narrow)) throw new Error('expected text geometry');
    expect(wide.text.lines).toHaveLength(1);
    expect(narrow.text.lines.length).toBeGreaterThan(1);
    for (const line of narrow.text.lines)
      expect(measurer.width(line.text, narrow.text.face, narrow.text.size)).toBeLessThanOrEqual(120);
  });

  it('every bundled icon becomes a path that stays inside its box', () => {
    expect(iconNames.length).toBeGreaterThanOrEqual(30);
    for (const name of iconNames) {
      const placed = placeIcon(name, { x: 100, y: 200, w: 48, h: 48 })!;
      const points = placed.segments.filter((s) => s.op !== 'Z') as { x: number; y: number }[];
      expect(points.length, name).toBeGreaterThan(1);
      for (const p of points) {
        expect(p.x, name).toBeGreaterThanOrEqual(99);
        expect(p.x, name).toBeLessThanOrEqual(149);
        expect(p.y, name).toBeGreaterThanOrEqual(199);
        expect(p.y, name).toBeLessThanOrEqual(249);
      }
      expect(placed.strokeWidth).toBe(4);
    }
    expect(placeIcon('no-such-icon', { x: 0, y: 0, w: 10, h: 10 })).toBeUndefined();
  });
});
