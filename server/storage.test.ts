// One schema and one code path on both storages: the same checks against the embedded
// PostgreSQL (PGlite, always) and a real PostgreSQL through DATABASE_URL (CI starts one).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDocument, loadParsed } from '@/model/load';
import { loadYDocument } from '@/model/collab/yDocument';
import { openStorage } from './storage';
import { createStore } from './store';
import { templateText } from './testing/harness';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl)
  process.stdout.write(
    'server/storage.test.ts: DATABASE_URL is not set, so the PostgreSQL half is skipped (CI sets it; see .ci/services.sh)\n',
  );

const kinds = [
  { kind: 'embedded (PGlite)', url: undefined as string | undefined },
  { kind: 'PostgreSQL (DATABASE_URL)', url: databaseUrl },
];

describe.each(kinds)('storage: $kind', ({ kind, url }) => {
  it.skipIf(kind.startsWith('PostgreSQL') && !url)(
    'keeps users, documents and shares, hashed, with the same SQL',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'trappa-storage-'));
      const storage = await openStorage({ databaseUrl: url, dataDir });
      try {
        const store = createStore(storage);
        const name = `Brukar ${Math.random().toString(36).slice(2)}`;
        const userId = await store.createUser(name, 'passord-123');
        expect(userId).toBeTruthy();
        expect(await store.createUser(name, 'anna-passord')).toBeUndefined();
        expect(await store.logIn(name, 'feil')).toBeUndefined();
        const session = (await store.logIn(name, 'passord-123'))!;
        expect(await store.userForSession(session)).toBe(userId);

        const loaded = loadDocument(templateText('gausdal'));
        if (!loaded.ok) throw new Error('gausdal');
        const id = await store.createDocument(userId!, loaded.document);
        const row = (await store.getDocument(id))!;
        const ydoc = new Y.Doc();
        Y.applyUpdate(ydoc, new Uint8Array(row.state));
        const fromState = loadYDocument(ydoc);
        expect(fromState.ok && fromState.document).toEqual(loaded.document);
        const fromJson = loadParsed(JSON.parse(row.json));
        expect(fromJson.ok && fromJson.document).toEqual(loaded.document);
        expect(row.published).toBe(false);

        const renamed = { ...loaded.document, meta: { ...loaded.document.meta, title: 'Ny tittel' } };
        await store.saveDocumentState(id, new Uint8Array([1, 2, 3, 0, 255]), renamed);
        const saved = (await store.getDocument(id))!;
        expect([...new Uint8Array(saved.state)]).toEqual([1, 2, 3, 0, 255]);
        expect((await store.listDocuments(userId!)).map((d) => [d.id, d.title])).toEqual([[id, 'Ny tittel']]);
        expect(await store.setPublished(id, userId!, true)).toBe(true);
        expect(await store.setPublished(id, 'someone-else-0000', false)).toBe(false);

        expect(await store.access(session, id)).toEqual({ role: 'edit', userId });
        const view = await store.createShare(id, 'view');
        expect(await store.access(view.token, id)).toEqual({ role: 'view', shareId: view.id });
        expect(await store.revokeShare(view.id, 'someone-else-0000')).toBe(false);
        expect(await store.revokeShare(view.id, userId!)).toBe(true);
        expect(await store.access(view.token, id)).toBeUndefined();
        expect(await store.revokedAmong([view.id])).toEqual([view.id]);
        const rows = await storage.query<{ token_hash: string }>('select token_hash from shares where id = $1', [
          view.id,
        ]);
        expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      } finally {
        await storage.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
