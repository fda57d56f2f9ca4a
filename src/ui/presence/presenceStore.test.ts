import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { getPresenceStore } from './presenceStore';

/** Two people's awareness, each change of one passed to the other as the provider would. */
function twoPeople() {
  const [kari, per] = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
  for (const [from, to] of [
    [kari, per],
    [per, kari],
  ] as const) {
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'remote'),
    );
  }
  kari.setLocalState({ user: { name: 'Kari', colour: '', role: 'edit' }, pageId: 'p', selection: [], pointer: null });
  per.setLocalState({ user: { name: 'Per', colour: '', role: 'edit' }, pageId: 'p', selection: [], pointer: null });
  return { kari, per };
}

describe('presence store', () => {
  it('gives a new snapshot for another person’s pointer, the same for one’s own', () => {
    const { kari, per } = twoPeople();
    const store = getPresenceStore(kari);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const [peers, people] = [store.getPeers(), store.getPeople()];
    expect(peers.map((p) => p.user.name).sort()).toEqual(['Kari', 'Per']);

    kari.setLocalStateField('pointer', { pageId: 'p', x: 1, y: 2 });
    kari.setLocalStateField('selection', [{ kind: 'step', id: 's1' }]);
    expect(calls).toBe(0);
    expect(store.getPeers()).toBe(peers);

    per.setLocalStateField('pointer', { pageId: 'p', x: 5, y: 6 });
    expect(calls).toBe(1);
    expect(store.getPeers().find((p) => p.user.name === 'Per')!.pointer).toEqual({ pageId: 'p', x: 5, y: 6 });
    // The avatars show names and colours, which did not change.
    expect(store.getPeople()).toBe(people);

    per.setLocalStateField('user', { name: 'Per Olsen', colour: '', role: 'view' });
    expect(store.getPeople()).not.toBe(people);
    expect(store.getPeople().find((p) => !p.isSelf)!.user).toMatchObject({ name: 'Per Olsen', role: 'view' });
    unsubscribe();
    [kari, per].forEach((a) => a.destroy());
  });

  it('reads what changed while nobody listened', () => {
    const { kari, per } = twoPeople();
    const store = getPresenceStore(kari);
    per.setLocalStateField('selection', [{ kind: 'element', id: 'e1' }]);
    const unsubscribe = store.subscribe(() => undefined);
    expect(store.getPeers().find((p) => !p.isSelf)!.selection).toEqual([{ kind: 'element', id: 'e1' }]);
    unsubscribe();
    [kari, per].forEach((a) => a.destroy());
  });
});
