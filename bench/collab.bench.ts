// The collaboration server on loopback (server/main.ts as a child process, embedded storage):
// 20 editors typing at once, edit-to-receive time at the other clients; the first sync of the
// Alver template; the server's memory per open document; bytes sent per keystroke.
import { sceneExtras } from '@/scene/sceneExtras';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { bindEditor } from '@/model/collab/bindEditor';
import { getRoot, loadYDocument } from '@/model/collab/yDocument';
import { Editor } from '@/model/editor';
import { createFigureFormatter } from '@/model/numbers';
import { getPages } from '@/scene/buildScene';
import { createPageBuilder } from '@/scene/pageCache';
import { getNodeMeasurer } from '../export/nodeFonts';
import { call, connect, ownerWithDocument, synced, type Client } from '../server/testing/harness';
import { freePort, spawnServer } from '../server/testing/serverProcess';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/** A `ws` WebSocket that counts the bytes it sends and receives (for the provider's polyfill). */
const counted = { sent: 0, received: 0 };
class CountingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: ArrayBuffer | Buffer) => (counted.received += data.byteLength));
  }
  send(data: never, ...rest: never[]) {
    counted.sent += (data as Uint8Array).byteLength ?? String(data).length;
    return (super.send as (...a: unknown[]) => void)(data, ...rest);
  }
}

export async function benchCollab() {
  const dataDir = mkdtempSync(join(tmpdir(), 'trappa-bench-'));
  const server = await spawnServer(
    { DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', MESSAGES_PER_SECOND: '1000', MESSAGE_BURST: '2000' },
    await freePort(),
  );
  const clients: Client[] = [];
  try {
    const { session, id } = await ownerWithDocument(server.url, 'Bench Eier');
    const token = (await call(server.url, 'POST', `/api/documents/${id}/shares`, { role: 'edit' }, session)).json.token;

    // First sync of Alver: a new client until it holds the document; the first one loads it from the database.
    const firstSync: number[] = [];
    for (let i = 0; i < 11; i++) {
      const start = performance.now();
      const client = connect(server.wsUrl, id, token);
      await synced(client);
      firstSync.push(performance.now() - start);
      if (i > 0) client.destroy();
      else clients.push(client);
    }

    // 20 editors, each typing a marked character sequence into a title every 200 ms (jittered), for 10 s.
    const editors = Array.from({ length: 19 }, () => connect(server.wsUrl, id, token));
    clients.push(...editors);
    const all = [clients[0], ...editors];
    await Promise.all(all.map((c) => synced(c)));
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    for (const client of all) {
      (getRoot(client.ydoc).get('steps') as Y.Array<unknown>).observeDeep((events, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const event of events) {
          for (const op of event instanceof Y.YTextEvent ? event.delta : []) {
            for (const match of typeof op.insert === 'string' ? op.insert.matchAll(/‹(\d+\.\d+)›/g) : []) {
              const at = sentAt.get(match[1]);
              if (at !== undefined) latencies.push(now - at);
            }
          }
        }
      });
    }
    // The first client is a whole editor too: bound to its Y.Doc (bindEditor), laying out and
    // drawing the overview (the scene the canvas shows) after each change that reaches it.
    const watcher = clients[0];
    const opened = loadYDocument(watcher.ydoc);
    if (!opened.ok) throw new Error('the synced document does not load');
    const editor = new Editor(opened.document);
    bindEditor(editor, watcher.ydoc, { schedule: (flush) => setImmediate(flush) });
    const buildPage = createPageBuilder();
    const context = {
      measurer: getNodeMeasurer(),
      formatFigure: createFigureFormatter((f) => f.kind),
      extras: sceneExtras,
    };
    const redrawn: number[] = [];
    let shown = editor.document;
    editor.subscribe(() => {
      const doc = editor.document;
      buildPage(doc, getPages(doc)[0], context);
      const now = performance.now();
      // Only the steps the change touched are new objects (keepUnchanged); the watcher's own words are not counted.
      for (const step of doc.steps.filter((s, i) => s !== shown.steps[i])) {
        for (const match of step.title.matchAll(/‹([1-9]\d*\.\d+)›/g)) {
          const at = sentAt.get(match[1]);
          if (at !== undefined && !(shown.steps.find((s) => s.id === step.id)?.title.includes(match[0]) ?? false))
            redrawn.push(now - at);
        }
      }
      shown = doc;
    });
    const until = Date.now() + 10_000;
    await Promise.all(
      all.map(async (client, index) => {
        for (let n = 0; Date.now() < until; n++) {
          await sleep(100 + Math.random() * 200);
          const steps = getRoot(client.ydoc).get('steps') as Y.Array<Y.Map<unknown>>;
          const title = steps.get(n % steps.length).get('title') as Y.Text;
          sentAt.set(`${index}.${n}`, performance.now());
          title.insert(0, `‹${index}.${n}›`);
        }
      }),
    );
    await sleep(1000);
    const keys = sentAt.size;

    // Bytes per keystroke: one client with a counting socket types 100 single characters; another receives them.
    const { HocuspocusProvider } = await import('@hocuspocus/provider');
    const ydoc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: server.wsUrl,
      name: id,
      token,
      document: ydoc,
      WebSocketPolyfill: CountingWebSocket,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    for (const client of all.slice(1)) client.destroy();
    await sleep(500);
    counted.sent = 0;
    counted.received = 0;
    const receivedBefore = counted.received;
    const title = (getRoot(ydoc).get('steps') as Y.Array<Y.Map<unknown>>).get(0).get('title') as Y.Text;
    for (let i = 0; i < 100; i++) {
      title.insert(title.length, 'a');
      await sleep(20);
    }
    await sleep(500);
    const bytesPerKey = counted.sent / 100;
    const ackBytesPerKey = (counted.received - receivedBefore) / 100;
    provider.destroy();

    // Memory: 40 more Alver documents opened, one client each; growth of the server's resident memory.
    const alver = readFileSync(new URL('../templates/alver.trapp.json', import.meta.url), 'utf8');
    const ids = await Promise.all(
      Array.from(
        { length: 40 },
        async () => (await call(server.url, 'POST', '/api/documents', alver, session)).json.id as string,
      ),
    );
    await sleep(1000);
    const before = rssOf(server.child.pid!);
    const openers = ids.map((docId) => connect(server.wsUrl, docId, session));
    clients.push(...openers);
    await Promise.all(openers.map((c) => synced(c, 60_000)));
    await sleep(1000);
    const perDocument = (rssOf(server.child.pid!) - before) / ids.length;

    return {
      firstSync: {
        cold: firstSync[0],
        median: quantile(firstSync.slice(1), 0.5),
        p95: quantile(firstSync.slice(1), 0.95),
      },
      receive: {
        editors: all.length,
        keys,
        samples: latencies.length,
        median: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
      },
      redraw: { samples: redrawn.length, median: quantile(redrawn, 0.5), p95: quantile(redrawn, 0.95) },
      bytesPerKey,
      ackBytesPerKey,
      perDocument,
      load: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
    };
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
