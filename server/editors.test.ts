// 20 simulated editors change one trapp with random commands for SOAK_SECONDS (60 in CI, 10
// locally by default); afterwards every client, the server and the database hold the same
// document and every edit the server acknowledged is in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadParsed } from '@/model/load';
import { loadYDocument, readYDocument } from '@/model/collab/yDocument';
import {
  createShare,
  canonical,
  hasAll,
  ownerWithDocument,
  startTestServer,
  waitFor,
  acknowledged,
  synced,
} from './testing/harness';
import { createEditor, missingEdits, runEditors, type Editor } from './testing/editors';

const EDITORS = 20;
const SECONDS = Number(process.env.SOAK_SECONDS ?? (process.env.CI ? 60 : 10));
const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);

let server: Awaited<ReturnType<typeof startTestServer>>;
let editors: Editor[] = [];

beforeAll(async () => {
  server = await startTestServer({ storeDebounceMs: 500 });
}, 120_000);
afterAll(async () => {
  for (const editor of editors) editor.destroy();
  await server?.stop();
}, 30_000);

describe(`${EDITORS} editors for ${SECONDS} s (seed ${SEED})`, () => {
  it(
    'converge on one valid document holding every acknowledged edit, in every client and the database',
    async () => {
      const { session, id } = await ownerWithDocument(server.url, 'Last Eier');
      const token = (await createShare(server.url, id, 'edit', session)).token;
      editors = Array.from({ length: EDITORS }, (_, i) => createEditor(server.wsUrl, id, i === 0 ? session : token, i));
      await Promise.all(editors.map((e) => synced(e)));
      await runEditors(editors, SECONDS, SEED);
      await Promise.all(editors.map((e) => acknowledged(e, 30_000)));
      const serverDoc = server.collab.hocuspocus.documents.get(id)!;
      await waitFor(
        () => editors.every((e) => hasAll(e.ydoc, serverDoc) && hasAll(serverDoc, e.ydoc)),
        30_000,
        'convergence',
      );

      const final = loadYDocument(serverDoc);
      expect(final.ok).toBe(true);
      if (!final.ok) return;
      const json = canonical(readYDocument(serverDoc));
      const differing = editors.filter((e) => canonical(readYDocument(e.ydoc)) !== json).map((e) => e.index);
      expect(differing).toEqual([]);
      expect(missingEdits(editors, final.document)).toEqual([]);
      const words = editors.reduce((n, e) => n + e.words.size, 0);
      expect(words).toBeGreaterThan(EDITORS * SECONDS);
      expect(server.collab.guards.get(id)?.rejected).toBe(0);

      // The last editor to leave stores the document at once; the database then holds the same.
      for (const editor of editors) editor.destroy();
      await waitFor(
        () => server.collab.hocuspocus.getDocumentsCount() === 0,
        15_000,
        'the document stored and unloaded',
      );
      const row = await server.store.getDocument(id);
      const stored = loadParsed(JSON.parse(row!.json));
      expect(stored.ok && stored.document).toEqual(final.document);
      const fromState = new Y.Doc();
      Y.applyUpdate(fromState, row!.state);
      expect(canonical(readYDocument(fromState)) === json).toBe(true);
      process.stdout.write(
        `${EDITORS} editors, ${SECONDS} s: ${editors.reduce((n, e) => n + e.edits, 0)} edits, ${words} words typed, ${editors.reduce((n, e) => n + e.items.size, 0)} services kept\n`,
      );
    },
    (SECONDS + 120) * 1000,
  );
});
