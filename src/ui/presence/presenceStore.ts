// One store per awareness: the peers read and coloured once per change, however many components
// show them. `getPeople` keeps its array while only selections or pointers change, so the avatars
// in the toolbar are not drawn again on every pointer move of another person.
import type { Awareness } from 'y-protocols/awareness';
import { listPeers, type Peer } from '@/model/collab/presencePeers';

export type PresenceStore = {
  subscribe(listener: () => void): () => void;
  getPeers(): readonly Peer[];
  getPeople(): readonly Peer[];
};

const stores = new WeakMap<Awareness, PresenceStore>();
const identity = (peers: readonly Peer[]) => peers.map((p) => `${p.clientId}\u0000${p.user.name}\u0000${p.user.colour}\u0000${p.user.role}`).join('\u0001');

export function getPresenceStore(awareness: Awareness): PresenceStore {
  const known = stores.get(awareness);
  if (known) return known;
  const listeners = new Set<() => void>();
  let peers = listPeers(awareness.getStates(), awareness.clientID);
  let people = peers;
  let peopleKey = identity(peers);
  const onChange = () => {
    peers = listPeers(awareness.getStates(), awareness.clientID);
    const key = identity(peers);
    if (key !== peopleKey) [people, peopleKey] = [peers, key];
    listeners.forEach((listener) => listener());
  };
  const store: PresenceStore = {
    subscribe(listener) {
      if (listeners.size === 0) awareness.on('change', onChange);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) awareness.off('change', onChange);
      };
    },
    getPeers: () => peers,
    getPeople: () => people,
  };
  stores.set(awareness, store);
  return store;
}
