// Each person on a shared document is drawn in a colour of their own: their outline, name tag and
// pointer. The colours are dark enough that a thin outline stands out on white paper and the
// white name in the tag can be read (both at least 4.5:1, tested), and far enough apart in hue
// that two people next to each other are told apart. On a page of another colour (a dark one) the
// canvas draws a white halo under each outline and tag, so they stand out on any paper.
export const PRESENCE_COLOURS: readonly string[] = [
  '#c2185b', // raspberry
  '#1565c0', // blue
  '#2e7d32', // green
  '#6a1b9a', // purple
  '#b23c17', // rust
  '#00695c', // teal
  '#4527a0', // indigo
  '#8d4e00', // brown-orange
  '#ad1457', // pink
  '#37474f', // slate
  '#0b6e99', // sea
  '#5d4037', // brown
];

/** A small stable hash of a Yjs client id, so a person keeps their colour while connected. */
const hashClient = (clientId: number) => Math.imul(clientId ^ (clientId >>> 16), 0x45d9f3b) >>> 0;

/** The colour a client asks for: the one it sent if it is one of ours, else one picked from its id. */
export function getPreferredColour(
  clientId: number,
  sent: string | undefined,
  colours: readonly string[] = PRESENCE_COLOURS,
): string {
  if (sent && colours.includes(sent)) return sent;
  return colours[hashClient(clientId) % colours.length];
}

/**
 * A distinct colour for each client while there are colours enough: everyone sees the same set of
 * clients, so everyone computes the same answer. Lower ids keep what they asked for; a later one
 * whose colour is taken gets the next free one in the list.
 */
export function assignPresenceColours(
  clients: readonly { clientId: number; colour?: string }[],
  colours: readonly string[] = PRESENCE_COLOURS,
): Map<number, string> {
  const taken = new Set<string>();
  const out = new Map<number, string>();
  for (const { clientId, colour } of [...clients].sort((a, b) => a.clientId - b.clientId)) {
    const preferred = getPreferredColour(clientId, colour, colours);
    let chosen = preferred;
    if (taken.has(chosen) && taken.size < colours.length) {
      const start = colours.indexOf(preferred);
      for (let i = 1; i < colours.length; i++) {
        const next = colours[(start + i) % colours.length];
        if (!taken.has(next)) {
          chosen = next;
          break;
        }
      }
    }
    taken.add(chosen);
    out.set(clientId, chosen);
  }
  return out;
}
