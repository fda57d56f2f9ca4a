// One store per awareness: the peers read and coloured once per change, however many components
// show them. Snapshots keep their arrays while nothing they show changed: `getPeople` (the
// avatars) while only selections or pointers move, `getPeers` (the canvas layer) while only this
// person's own pointer or selection does, which is most changes.
import type { Awareness } from 'y-protocols/awareness';
import { listPeers, type Peer } from '@/scene/presence/presencePeers';

export type PresenceStore = {
  subscribe(listener: () => void): () => void;
  getPeers(): readonly Peer[];
  getPeople(): readonly Peer[];
};

type Change = { added: number[]; updated: number[]; removed: number[] };

const stores = new WeakMap<Awareness, PresenceStore>();
const identity = (peers: readonly Peer[]) =>
  peers.map((p) => `${p.clientId}\u0000${p.user.name}\u0000${p.user.colour}\u0000${p.user.role}`).join('\u0001');

export function getPresenceStore(awareness: Awareness): PresenceStore {
  const known = stores.get(awareness);
  if (known) return known;
  const listeners = new Set<() => void>();
  const selfUser = () => awareness.getLocalState()?.user as unknown;
  let peers: readonly Peer[] = [];
  let people = peers;
  let peopleKey = '';
  let lastSelfUser: unknown;
  const read = () => {
    lastSelfUser = selfUser();
    peers = listPeers(awareness.getStates(), awareness.clientID);
    const key = identity(peers);
    if (key !== peopleKey) [people, peopleKey] = [peers, key];
  };
  const onChange = ({ added, updated, removed }: Change) => {
    // Only one's own pointer or selection moved (one's user, which colours depend on, is the same
    // object): nothing drawn changes, since one's own outline and pointer are not drawn.
    const onlySelf = added.length === 0 && removed.length === 0 && updated.every((id) => id === awareness.clientID);
    if (onlySelf && selfUser() === lastSelfUser) return;
    read();
    listeners.forEach((listener) => listener());
  };
  const store: PresenceStore = {
    subscribe(listener) {
      if (listeners.size === 0) {
        // Changes while nobody listened were not read.
        read();
        awareness.on('change', onChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) awareness.off('change', onChange);
      };
    },
    getPeers: () => peers,
    getPeople: () => people,
  };
  read();
  stores.set(awareness, store);
  return store;
}
