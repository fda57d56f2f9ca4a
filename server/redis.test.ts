// Two server processes sharing documents through Redis (and one PostgreSQL): clients on
// different processes converge, and a link revoked on one process is cut on the other.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getRoot, loadYDocument, readYDocument } from '@/model/collab/yDocument';
import {
  acknowledged,
  call,
  createShare,
  canonical,
  connect,
  ownerWithDocument,
  readStoredDocument,
  synced,
  waitFor,
  type Client,
} from './testing/harness';
import { createEditor, missingEdits, runEditors, type Editor } from './testing/editors';
import { freePort, spawnServer, type ServerProcess } from './testing/serverProcess';

const { DATABASE_URL, REDIS_URL } = process.env;
const ready = Boolean(DATABASE_URL && REDIS_URL);
if (!ready)
  process.stdout.write(
    'server/redis.test.ts: skipped, DATABASE_URL and REDIS_URL are not both set (CI sets them; see .ci/services.sh)\n',
  );

const servers: ServerProcess[] = [];
const clients: (Client | Editor)[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((s) => s.stop()));
}, 60_000);

describe.skipIf(!ready)('two server processes through Redis', () => {
  it('bring clients on different processes to one document holding every acknowledged edit', async () => {
    const env = {
      DATABASE_URL: DATABASE_URL!,
      REDIS_URL: REDIS_URL!,
      STORE_DEBOUNCE_MS: '300',
      REVOCATION_SWEEP_MS: '500',
      DATA_DIR: 'server/testing/unused-data',
    };
    servers.push(...(await Promise.all([freePort(), freePort()].map(async (p) => spawnServer(env, await p)))));
    const [a, b] = servers;
    const { session, id } = await ownerWithDocument(a.url, `Redis Eier ${Math.random().toString(36).slice(2)}`);
    const token = (await createShare(a.url, id, 'edit', session)).token;
    const editors = Array.from({ length: 10 }, (_, i) => createEditor(i % 2 ? b.wsUrl : a.wsUrl, id, token, i));
    clients.push(...editors);
    await Promise.all(editors.map((e) => synced(e)));
    await runEditors(editors, 8, 11);
    await Promise.all(editors.map((e) => acknowledged(e, 30_000)));
    const reference = () => canonical(readYDocument(editors[0].ydoc));
    await waitFor(
      () => editors.every((e) => canonical(readYDocument(e.ydoc)) === reference()),
      30_000,
      'convergence across processes',
    );
    const final = loadYDocument(editors[0].ydoc);
    expect(final.ok).toBe(true);
    if (!final.ok) return;
    expect(missingEdits(editors, final.document)).toEqual([]);
    expect(editors.reduce((n, e) => n + e.words.size, 0)).toBeGreaterThan(50);

    // A link revoked through process a cuts the connection that came in through process b.
    const share = await createShare(a.url, id, 'edit', session);
    const guest = connect(b.wsUrl, id, share.token);
    clients.push(guest);
    await synced(guest);
    expect((await call(a.url, 'DELETE', `/api/shares/${share.id}`, undefined, session)).status).toBe(200);
    await waitFor(() => guest.closed.includes('revoked'), 5000, 'revocation on the other process');
    const steps = getRoot(guest.ydoc).get('steps') as Y.Array<Y.Map<unknown>>;
    (steps.get(0).get('title') as Y.Text).insert(0, 'Etter tilbakekall ');

    for (const editor of editors) editor.destroy();
    await new Promise((r) => setTimeout(r, 1500));
    expect(canonical(await readStoredDocument({ databaseUrl: DATABASE_URL, dataDir: '' }, id))).toBe(
      canonical(final.document),
    );
  }, 240_000);
});
