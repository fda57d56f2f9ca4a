// The server killed (SIGKILL) in the middle of a session and started again on the same data:
// the clients reconnect by themselves, edits made while it was down arrive, nothing is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadYDocument, readYDocument } from '@/model/collab/yDocument';
import {
  acknowledged,
  createShare,
  canonical,
  ownerWithDocument,
  readStoredDocument,
  synced,
  waitFor,
} from './testing/harness';
import { createEditor, missingEdits, runEditors, type Editor } from './testing/editors';
import { freePort, spawnServer, type ServerProcess } from './testing/serverProcess';

const dataDir = mkdtempSync(join(tmpdir(), 'trappa-restart-'));
let server: ServerProcess | undefined;
let editors: Editor[] = [];

afterAll(async () => {
  for (const editor of editors) editor.destroy();
  await server?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('a server killed mid-session', () => {
  it('is restarted; its clients reconnect by themselves and no edit is lost', async () => {
    const port = await freePort();
    // The embedded default, even where DATABASE_URL is set (CI).
    const env = { DATA_DIR: dataDir, STORE_DEBOUNCE_MS: '200', DATABASE_URL: '', REDIS_URL: '' };
    server = await spawnServer(env, port);
    const { session, id } = await ownerWithDocument(server.url, 'Omstart Eier');
    const token = (await createShare(server.url, id, 'edit', session)).token;
    editors = Array.from({ length: 5 }, (_, i) => createEditor(server!.wsUrl, id, token, i));
    await Promise.all(editors.map((e) => synced(e)));

    const running = runEditors(editors, 8, 7);
    await new Promise((r) => setTimeout(r, 2000));
    server.child.kill('SIGKILL');
    await server.stop('SIGKILL');
    const editsBefore = editors.reduce((n, e) => n + e.edits, 0);
    await waitFor(() => editors.every((e) => !e.provider.isSynced), 5000, 'clients to notice');
    await new Promise((r) => setTimeout(r, 1500));
    const editsWhileDown = editors.reduce((n, e) => n + e.edits, 0) - editsBefore;
    server = await spawnServer(env, port);
    await running;
    await Promise.all(editors.map((e) => acknowledged(e, 30_000)));
    const reference = editors[0].ydoc;
    await waitFor(
      () => editors.every((e) => canonical(readYDocument(e.ydoc)) === canonical(readYDocument(reference))),
      30_000,
      'convergence',
    );

    expect(editsWhileDown).toBeGreaterThan(0);
    const final = loadYDocument(reference);
    expect(final.ok).toBe(true);
    if (!final.ok) return;
    expect(missingEdits(editors, final.document)).toEqual([]);

    // Leave, stop the server cleanly, and read what the database holds.
    for (const editor of editors) editor.destroy();
    await new Promise((r) => setTimeout(r, 500));
    await server.stop('SIGTERM');
    expect(canonical(await readStoredDocument({ dataDir }, id))).toBe(canonical(final.document));
  }, 240_000);
});
