// The RESULTS.md lines of the collaboration bench (bench/collab.bench.ts), shared by main.ts
// and collabOnly.ts so both print the same.
import type { benchCollab } from './collab.bench';

export function getCollabLines(c: Awaited<ReturnType<typeof benchCollab>>): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    `Collaboration server on loopback, ${c.receive.editors} editors typing into Alver's titles at once (${c.receive.keys} keystrokes in 10 s; load average ${c.load.toFixed(2)}): edit to receive at another client median ${c.receive.median.toFixed(1)} ms, p95 ${c.receive.p95.toFixed(1)} ms over ${c.receive.samples} receptions (the editor's redraw is not included)`,
    `Edit to redraw at another client (the same run; one client is a whole editor: bindEditor on its Y.Doc, the overview laid out and drawn as a scene after each change, React and the browser's paint not included): median ${c.redraw.median.toFixed(1)} ms, p95 ${c.redraw.p95.toFixed(1)} ms over ${c.redraw.samples} words (target p95 < 100 ms)`,
    `First sync of the Alver template by a new client: median ${c.firstSync.median.toFixed(0)} ms, p95 ${c.firstSync.p95.toFixed(0)} ms (the first client, whose connection loads it from the database: ${c.firstSync.cold.toFixed(0)} ms) (target < 200 ms)`,
    `Server memory per open document (40 more Alver documents opened, one client each; growth of the server's resident memory): ${kb(c.perDocument)}`,
    `Bytes per keystroke (one character typed into a title): ${c.bytesPerKey.toFixed(0)} bytes sent by the client, ${c.ackBytesPerKey.toFixed(0)} bytes back (acknowledgement)`,
  ];
}
