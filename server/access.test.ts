// Accounts, roles and share links, enforced by the server: no token no document, a view
// token's updates refused, a revoked link cut off at once, ids and origins checked.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { getRoot, loadYDocument, readYDocument } from '@/model/collab/yDocument';
import { call, createShare, ownerWithDocument, synced, acknowledged, useTestServer, waitFor } from './testing/harness';

const stepTitle = (ydoc: Y.Doc, i: number) =>
  (getRoot(ydoc).get('steps') as Y.Array<Y.Map<unknown>>).get(i).get('title') as Y.Text;

const dist = mkdtempSync(join(tmpdir(), 'trappa-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Trappa</title>');
writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
const running = useTestServer({ distDir: dist }, () => rmSync(dist, { recursive: true, force: true }));
const { open } = running;

describe('one origin', () => {
  it('serves the built editor beside the API, and nothing outside its folder', async () => {
    const index = await call(running.server.url, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<title>Trappa</title>');
    const asset = await fetch(`${running.server.url}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/nothing.js']) {
      const res = await call(running.server.url, 'GET', path);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('"name": "trappa"');
    }
  });
});

describe('accounts and the library', () => {
  it('creates an account, logs in, lists and exports a document; wrong passwords and names are refused', async () => {
    const { session, id } = await ownerWithDocument(running.server.url, 'Kari Nordmann');
    expect(
      (await call(running.server.url, 'POST', '/api/users', { name: 'Kari Nordmann', password: 'annet-passord' }))
        .status,
    ).toBe(409);
    expect(
      (await call(running.server.url, 'POST', '/api/sessions', { name: 'Kari Nordmann', password: 'feil-passord' }))
        .status,
    ).toBe(401);
    const login = await call(running.server.url, 'POST', '/api/sessions', {
      name: 'Kari Nordmann',
      password: 'passord-123',
    });
    expect(login.status).toBe(200);
    const list = await call(running.server.url, 'GET', '/api/documents', undefined, login.json.session);
    expect(list.json.documents.map((d: { id: string }) => d.id)).toEqual([id]);
    expect(list.json.documents[0].title).toMatch(/Alver|trapp/i);
    const exported = await call(running.server.url, 'GET', `/api/documents/${id}`, undefined, session);
    expect(exported.json.format).toBe('trappa');
    expect(
      (await call(running.server.url, 'POST', '/api/documents', '{"format":"trappa","version":1}', session)).status,
    ).toBe(422);
    expect((await call(running.server.url, 'POST', '/api/users', { name: 'x', password: 'kort' })).status).toBe(400);
    expect((await call(running.server.url, 'DELETE', '/api/sessions', undefined, login.json.session)).status).toBe(200);
    expect((await call(running.server.url, 'GET', '/api/documents', undefined, login.json.session)).status).toBe(401);
    expect((await call(running.server.url, 'GET', '/api/documents', undefined, session)).status).toBe(200);
  });

  it('stores only hashes: no token or password appears in the database', async () => {
    const { session, id } = await ownerWithDocument(running.server.url, 'Hash Sjekk');
    const share = await call(running.server.url, 'POST', `/api/documents/${id}/shares`, { role: 'edit' }, session);
    const dump = JSON.stringify([
      ...(await running.server.storage.query('select * from users')),
      ...(await running.server.storage.query('select * from sessions')),
      ...(await running.server.storage.query('select * from shares')),
    ]);
    expect(dump).not.toContain(session);
    expect(dump).not.toContain(share.json.token);
    expect(dump).not.toContain('passord-123');
    expect(share.json.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('no valid token, no document', () => {
  it("refuses the API and the WebSocket without a token, with a wrong one, or another document's share", async () => {
    const { session, id } = await ownerWithDocument(running.server.url, 'Eier En');
    const other = await ownerWithDocument(running.server.url, 'Eier To');
    const otherShare = await call(
      running.server.url,
      'POST',
      `/api/documents/${other.id}/shares`,
      { role: 'edit' },
      other.session,
    );
    for (const token of [undefined, 'feil-token-aaaaaaaaaa', otherShare.json.token]) {
      const res = await call(running.server.url, 'GET', `/api/documents/${id}`, undefined, token);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('Alver');
    }
    expect(
      (await call(running.server.url, 'POST', `/api/documents/${id}/shares`, { role: 'edit' }, other.session)).status,
    ).toBe(404);
    for (const token of [null, 'feil-token-aaaaaaaaaa', otherShare.json.token, session.slice(1)]) {
      const client = open(id, token);
      await waitFor(() => client.authFailed(), 10_000, 'refusal');
      expect(readYDocument(client.ydoc)).toEqual({});
    }
    for (const bad of ['x', '../../etc/passwd', 'a'.repeat(200)]) {
      const client = open(bad, session);
      await waitFor(() => client.authFailed(), 10_000, 'refusal of a bad id');
    }
    expect((await call(running.server.url, 'GET', `/p/${id}`)).status).toBe(404);
  });

  it('refuses a WebSocket from a foreign origin and accepts its own', async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(running.server.wsUrl, { origin });
        ws.on('open', () => (ws.close(), resolve('open')));
        ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        ws.on('error', () => resolve('error'));
      });
    expect(await attempt('http://evil.example')).toBe('403');
    expect(await attempt(running.server.url)).toBe('open');
  });
});

describe('roles', () => {
  it("applies an edit link's changes and refuses a view link's", async () => {
    const { session, id } = await ownerWithDocument(running.server.url, 'Rolle Eier');
    const edit = (await createShare(running.server.url, id, 'edit', session)).token;
    const view = (await createShare(running.server.url, id, 'view', session)).token;
    const owner = open(id, session);
    const editor = open(id, edit);
    const viewer = open(id, view);
    await Promise.all([synced(owner), synced(editor), synced(viewer)]);
    // How the editor learns its role (src/ui/collab/connectSharedDocument.ts): the scope it was authenticated with.
    expect([owner, editor, viewer].map((c) => c.provider.authorizedScope)).toEqual([
      'read-write',
      'read-write',
      'readonly',
    ]);
    expect(loadYDocument(viewer.ydoc).ok).toBe(true);
    stepTitle(editor.ydoc, 2).insert(0, 'Redigert: ');
    await acknowledged(editor);
    await waitFor(() => stepTitle(owner.ydoc, 2).toString().startsWith('Redigert: '), 5000, 'edit at the owner');
    await waitFor(() => stepTitle(viewer.ydoc, 2).toString().startsWith('Redigert: '), 5000, 'edit at the viewer');
    stepTitle(viewer.ydoc, 3).insert(0, 'Lesar: ');
    await new Promise((r) => setTimeout(r, 500));
    stepTitle(owner.ydoc, 4).insert(0, 'Eier: ');
    await waitFor(() => stepTitle(editor.ydoc, 4).toString().startsWith('Eier: '), 5000, "owner's edit at the editor");
    expect(stepTitle(editor.ydoc, 3).toString()).not.toContain('Lesar');
    expect(stepTitle(owner.ydoc, 3).toString()).not.toContain('Lesar');
    expect(running.server.collab.openDocument(id)?.lastValid?.steps[3].title).not.toContain('Lesar');
  });

  it('revoking a link cuts its open connection at once and refuses it afterwards', async () => {
    const { session, id } = await ownerWithDocument(running.server.url, 'Tilbakekall Eier');
    const share = await createShare(running.server.url, id, 'edit', session);
    const owner = open(id, session);
    const guest = open(id, share.token);
    await Promise.all([synced(owner), synced(guest)]);
    expect((await call(running.server.url, 'DELETE', `/api/shares/${share.id}`, undefined, session)).status).toBe(200);
    await waitFor(() => guest.closed.includes('revoked'), 5000, 'revocation close');
    stepTitle(guest.ydoc, 1).insert(0, 'Etter tilbakekall: ');
    stepTitle(owner.ydoc, 0).insert(0, 'Eier etterpå: ');
    await acknowledged(owner);
    await new Promise((r) => setTimeout(r, 1000));
    expect(stepTitle(owner.ydoc, 1).toString()).not.toContain('Etter tilbakekall');
    expect(stepTitle(guest.ydoc, 0).toString()).not.toContain('Eier etterpå');
    const again = open(id, share.token);
    await waitFor(() => again.authFailed(), 10_000, 'refusal of a revoked token');
    expect((await call(running.server.url, 'GET', `/api/documents/${id}`, undefined, share.token)).status).toBe(404);
  });
});
