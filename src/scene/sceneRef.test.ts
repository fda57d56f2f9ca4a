import { describe, expect, it } from 'vitest';
import {
  formatRef,
  getChartId,
  getIdOf,
  getRefStepId,
  getTrackId,
  includesRef,
  isSameRef,
  toggleRef,
  uniqueRefs,
  type SceneRef,
} from './sceneRef';

const cell: SceneRef = { kind: 'trackCell', trackId: 't', columnId: 'c', rowId: 'r' };
const bar: SceneRef = { kind: 'chartBar', chartId: 'ch', barId: 'b' };
const step: SceneRef = { kind: 'step', id: 's' };

describe('scene references', () => {
  it('are the same when kind and every id are', () => {
    expect(isSameRef(cell, { kind: 'trackCell', trackId: 't', columnId: 'c', rowId: 'r' })).toBe(true);
    expect(isSameRef(cell, { kind: 'trackCell', trackId: 't', columnId: 'c', rowId: 'other' })).toBe(false);
    expect(isSameRef(step, { kind: 'callout', id: 's' })).toBe(false);
    // Ids holding the separator do not make two different parts look alike.
    expect(
      isSameRef({ kind: 'trackRow', trackId: 'a:b', rowId: 'c' }, { kind: 'trackRow', trackId: 'a', rowId: 'b:c' }),
    ).toBe(false);
  });

  it('have one string form, owner first', () => {
    expect(formatRef(cell)).toBe('trackCell:t:c:r');
    expect(formatRef(bar)).toBe('chartBar:ch:b');
    expect(formatRef(step)).toBe('step:s');
  });

  it('name their owner, their step and their simple id', () => {
    expect([getTrackId(cell), getTrackId({ kind: 'track', id: 't' }), getTrackId(bar), getTrackId(undefined)]).toEqual([
      't',
      't',
      undefined,
      undefined,
    ]);
    expect([
      getChartId(bar),
      getChartId({ kind: 'chartCurve', id: 'ch' }),
      getChartId({ kind: 'figure', chartId: 'f', stepId: 's' }),
      getChartId(step),
    ]).toEqual(['ch', 'ch', 'f', undefined]);
    expect([
      getRefStepId(step),
      getRefStepId({ kind: 'chartColumn', chartId: 'ch', stepId: 's2' }),
      getRefStepId(cell),
    ]).toEqual(['s', 's2', undefined]);
    expect([getIdOf(step, 'step'), getIdOf(step, 'band'), getIdOf(cell, 'element')]).toEqual([
      's',
      undefined,
      undefined,
    ]);
  });

  it('make selections: toggled, once each, in order', () => {
    expect(toggleRef([step], { ...cell })).toEqual([step, cell]);
    expect(toggleRef([step, cell], { kind: 'trackCell', trackId: 't', columnId: 'c', rowId: 'r' })).toEqual([step]);
    expect(uniqueRefs([cell, step, { ...cell }, bar])).toEqual([cell, step, bar]);
    expect(includesRef([bar], { kind: 'chartBar', chartId: 'ch', barId: 'b' })).toBe(true);
  });
});
