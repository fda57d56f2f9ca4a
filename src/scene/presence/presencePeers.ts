// Everyone on the shared document as presence shows them: the awareness states read and checked
// (presenceState), each with a distinct colour (presenceColours), in a stable order.
import { assignPresenceColours } from './presenceColours';
import { readPresenceState, type PresenceState } from './presenceState';

export type Peer = PresenceState & { clientId: number; isSelf: boolean };

/** So many people are never on one trapp; a flood of fake clients is cut here, not drawn. */
export const MAX_PEERS = 50;

/** A guest's number, from the client id so it stays while the person is connected. */
export const getGuestNumber = (clientId: number) => 1 + (Math.abs(clientId) % 99);

/**
 * The people in `states` (awareness.getStates()) with a valid state, oneself first, then by
 * client id; each with a colour of its own while there are colours enough.
 */
export function listPeers(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const read: Peer[] = [];
  for (const [clientId, raw] of states) {
    if (read.length >= MAX_PEERS && clientId !== selfId) continue;
    const state = readPresenceState(raw);
    if (state) read.push({ ...state, clientId, isSelf: clientId === selfId });
  }
  const colours = assignPresenceColours(read.map((peer) => ({ clientId: peer.clientId, colour: peer.user.colour })));
  return read
    .map((peer) => ({ ...peer, user: { ...peer.user, colour: colours.get(peer.clientId)! } }))
    .sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}

/** The others on the same page as oneself, the ones whose outlines and pointers are drawn. */
export const getPeersOnPage = (peers: readonly Peer[], pageId: string) =>
  peers.filter((peer) => !peer.isSelf && peer.pageId === pageId);

/** The people given a badge of their own, and the rest counted in one "+N": never "+1", which takes the room of the one it hides. */
export function splitShown<T>(people: readonly T[], max: number): { shown: T[]; rest: T[] } {
  const shown = people.length > max + 1 ? people.slice(0, max) : [...people];
  return { shown, rest: people.slice(shown.length) };
}
