import { describe, expect, it, vi } from 'vitest';
import { contrastRatio } from '@/layout/colour';
import { cleanName, MAX_NAME_LENGTH, MAX_SELECTION, readPresenceState } from './presenceState';
import { assignPresenceColours, PRESENCE_COLOURS } from './presenceColours';
import { createThrottle, type Clock } from './presenceThrottle';
import { getPeersOnPage, listPeers, MAX_PEERS, splitShown } from './presencePeers';

const user = { name: 'Kari', colour: '#1565c0', role: 'edit' };

describe('readPresenceState', () => {
  it('keeps a well-formed state', () => {
    const state = {
      user,
      pageId: 'p1',
      selection: [
        { kind: 'step', id: 's1' },
        { kind: 'trackCell', trackId: 't', columnId: 'c', rowId: 'r' },
      ],
      pointer: { pageId: 'p1', x: 10, y: 20.5 },
    };
    expect(readPresenceState(state)).toEqual(state);
  });

  it('has no presence without a user name', () => {
    for (const junk of [
      undefined,
      null,
      5,
      'x',
      [],
      {},
      { user: {} },
      { user: { name: '  \u0000 ' } },
      { user: { name: 42 } },
    ])
      expect(readPresenceState(junk)).toBeUndefined();
  });

  it('leaves out junk refs, extra fields and a bad pointer', () => {
    const state = readPresenceState({
      user: { ...user, colour: 'red; background:url(x)', role: 'admin', extra: 1 },
      pageId: 'x'.repeat(65),
      selection: [
        { kind: 'step' },
        { kind: 'nope', id: 'a' },
        { kind: 'chartBar', chartId: 'c', barId: 7 },
        { kind: 'constructor', id: 'a' },
        { kind: 'trackRow', trackId: 't', rowId: 'r', evil: '<script>' },
        'step:1',
      ],
      pointer: { pageId: 'p1', x: Infinity, y: 0 },
    });
    expect(state).toEqual({
      user: { name: 'Kari', colour: '', role: 'edit' },
      pageId: null,
      selection: [{ kind: 'trackRow', trackId: 't', rowId: 'r' }],
      pointer: null,
    });
  });

  it('bounds the selection and the coordinates', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'element', id: `e${i}` }));
    expect(readPresenceState({ user, selection: many })!.selection).toHaveLength(MAX_SELECTION);
    expect(readPresenceState({ user, pointer: { pageId: 'p', x: 1e9, y: 0 } })!.pointer).toBeNull();
  });

  it('cleans names: control and bidi characters out, spaces folded, length cut', () => {
    expect(cleanName('  Kari\u202e \n Nordmann\u0007 ')).toBe('Kari Nordmann');
    expect([...cleanName('å'.repeat(500))!]).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('presence colours', () => {
  it('every colour reads on white paper and carries a white name (4.5:1)', () => {
    for (const colour of PRESENCE_COLOURS) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives distinct colours while there are enough, the same for the same clients in any order', () => {
    const clients = Array.from({ length: PRESENCE_COLOURS.length }, (_, i) => ({ clientId: 1000 + i * 7919 }));
    const colours = assignPresenceColours(clients);
    expect(new Set(colours.values()).size).toBe(clients.length);
    expect(assignPresenceColours([...clients].reverse())).toEqual(colours);
  });

  it('honours a palette colour sent by the client, not a foreign one', () => {
    const colours = assignPresenceColours([
      { clientId: 5, colour: PRESENCE_COLOURS[3] },
      { clientId: 6, colour: '#ffff00' },
    ]);
    expect(colours.get(5)).toBe(PRESENCE_COLOURS[3]);
    expect(PRESENCE_COLOURS).toContain(colours.get(6));
  });
});

describe('createThrottle', () => {
  function fakeClock() {
    let time = 0;
    const timers: { at: number; run: () => void }[] = [];
    const clock: Clock = {
      now: () => time,
      setTimeout: (run, ms) => (timers.push({ at: time + ms, run }), timers.length - 1),
      clearTimeout: (handle) => void (timers[handle as number] = { at: Infinity, run: () => {} }),
    };
    const advance = (ms: number) => {
      time += ms;
      for (const timer of timers) if (timer.at <= time) ((timer.at = Infinity), timer.run());
    };
    return { clock, advance };
  }

  it('sends at most one value per interval, and the last one', () => {
    const { clock, advance } = fakeClock();
    const send = vi.fn();
    const throttle = createThrottle(send, 50, clock);
    // 60 moves a second for one second.
    for (let i = 0; i < 60; i++) {
      throttle.push(i);
      advance(1000 / 60);
    }
    advance(100);
    expect(send.mock.calls.length).toBeLessThanOrEqual(21);
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(15);
    expect(send).toHaveBeenLastCalledWith(59);
  });

  it('sends the first at once; cancel drops what waits', () => {
    const { clock, advance } = fakeClock();
    const send = vi.fn();
    const throttle = createThrottle(send, 50, clock);
    throttle.push('a');
    expect(send).toHaveBeenCalledWith('a');
    throttle.push('b');
    throttle.cancel();
    advance(100);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('listPeers', () => {
  it('reads every state, oneself first, junk left out, colours distinct', () => {
    const states = new Map<number, unknown>([
      [30, { user: { name: 'Ola' }, pageId: 'p1' }],
      [10, { user: { name: 'Kari' }, pageId: 'p2' }],
      [20, { nonsense: true }],
      [5, { user: { name: 'Per' }, pageId: 'p1' }],
    ]);
    const peers = listPeers(states, 10);
    expect(peers.map((p) => p.user.name)).toEqual(['Kari', 'Per', 'Ola']);
    expect(new Set(peers.map((p) => p.user.colour)).size).toBe(3);
    expect(getPeersOnPage(peers, 'p1').map((p) => p.user.name)).toEqual(['Per', 'Ola']);
  });

  it('draws at most MAX_PEERS, oneself always among them', () => {
    const states = new Map<number, unknown>(
      Array.from({ length: 500 }, (_, i) => [i + 1, { user: { name: `Bot ${i}` } }]),
    );
    states.set(9999, { user: { name: 'Meg' } });
    const peers = listPeers(states, 9999);
    expect(peers.length).toBeLessThanOrEqual(MAX_PEERS + 1);
    expect(peers[0].user.name).toBe('Meg');
  });
});

describe('splitShown', () => {
  it('shows all up to one more than the limit, else the limit and the rest as "+N"', () => {
    expect(splitShown([1, 2, 3, 4, 5], 4)).toEqual({ shown: [1, 2, 3, 4, 5], rest: [] });
    expect(splitShown([1, 2, 3, 4, 5, 6, 7], 4)).toEqual({ shown: [1, 2, 3, 4], rest: [5, 6, 7] });
    expect(splitShown([], 4)).toEqual({ shown: [], rest: [] });
  });
});
