// The sharing client against the real server, started in this process (as the server tests do),
// and against a static server that answers /api/ with a web page, as Vite does without one.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, templateText } from '../../server/testing/harness';
import { createSharingApi, sharedDocumentUrl, SharingError, type SharingApi } from './sharingApi';

let server: Awaited<ReturnType<typeof startTestServer>>;
let api: SharingApi;
beforeAll(async () => {
  server = await startTestServer();
  api = createSharingApi(server.url);
}, 120_000);
afterAll(async () => {
  await server?.stop();
}, 30_000);

/** The code of the SharingError a call fails with. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SharingError);
    return (error as SharingError).code;
  }
  throw new Error('expected the call to fail');
}

describe('accounts', () => {
  it('creates an account, logs in and out; a taken name, a wrong password and a short one each get their own code', async () => {
    const first = await api.createAccount('Ola Nordmann', 'passord-123');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(await failure(api.createAccount('Ola Nordmann', 'passord-456'))).toBe('name-taken');
    expect(await failure(api.logIn('Ola Nordmann', 'feil-passord'))).toBe('wrong-name-or-password');
    expect(await failure(api.createAccount('Kort', 'kort'))).toBe('bad-credentials');
    const second = await api.logIn('Ola Nordmann', 'passord-123');
    expect(second).not.toBe(first);
    expect(await api.listDocuments(second)).toEqual([]);
    await api.logOut(second);
    expect(await failure(api.listDocuments(second))).toBe('not-logged-in');
    expect(await api.listDocuments(first)).toEqual([]);
  });
});

describe('the shared library', () => {
  it('uploads a trapp, lists it, downloads it as the same document, refuses an invalid one', async () => {
    const session = await api.createAccount('Eier Biblioteket', 'passord-123');
    const id = await api.uploadDocument(session, templateText('alver'));
    const list = await api.listDocuments(session);
    expect(list.map((d) => d.id)).toEqual([id]);
    expect(list[0].published).toBe(false);
    expect(list[0].title).toBe(JSON.parse(templateText('alver')).meta.title);
    const text = await api.downloadDocument(session, id);
    expect(JSON.parse(text).steps).toEqual(JSON.parse(templateText('alver')).steps);
    expect(await failure(api.uploadDocument(session, '{"format":"trappa","version":1}'))).toBe('invalid-document');
    const stranger = await api.createAccount('En Annen', 'passord-123');
    expect(await failure(api.downloadDocument(stranger, id))).toBe('not-found');
    expect(await api.listDocuments(stranger)).toEqual([]);
  });

  it('makes share links of either role, lists and revokes them, publishes and withdraws the page', async () => {
    const session = await api.createAccount('Eier Lenker', 'passord-123');
    const id = await api.uploadDocument(session, templateText('alver'));
    const view = await api.createShare(session, id, 'view');
    const edit = await api.createShare(session, id, 'edit');
    expect(view.role).toBe('view');
    expect(await api.listShares(session, id)).toEqual([
      { id: view.id, role: 'view', revoked: false },
      { id: edit.id, role: 'edit', revoked: false },
    ]);
    // A share token opens the document but cannot manage its shares.
    expect(JSON.parse(await api.downloadDocument(view.token, id)).format).toBe('trappa');
    expect(await failure(api.listShares(view.token, id))).toBe('owner-only');
    await api.revokeShare(session, view.id);
    expect((await api.listShares(session, id)).find((s) => s.id === view.id)?.revoked).toBe(true);
    expect(await failure(api.downloadDocument(view.token, id))).toBe('not-found');
    const stranger = await api.createAccount('Ikke Eier', 'passord-123');
    expect(await failure(api.revokeShare(stranger, edit.id))).toBe('not-found');

    expect(await api.setPublished(session, id, true)).toBe(`/p/${id}`);
    expect((await call(server.url, 'GET', `/p/${id}`)).status).toBe(200);
    expect((await api.listDocuments(session))[0].published).toBe(true);
    await api.setPublished(session, id, false);
    expect((await call(server.url, 'GET', `/p/${id}`)).status).toBe(404);
  });

  it('builds the editor address of a shared document, with a share token in the fragment', () => {
    expect(sharedDocumentUrl('https://trapp.kommune.no', 'abc', 'T0k-en_')).toBe(
      'https://trapp.kommune.no/?d=abc#t=T0k-en_',
    );
    expect(sharedDocumentUrl('http://127.0.0.1:8080', 'abc')).toBe('http://127.0.0.1:8080/?d=abc');
  });
});

describe('without the Trappa server', () => {
  let staticServer: Server;
  let staticUrl = '';
  beforeAll(async () => {
    // What `npm start` (Vite) does with an unknown path: the editor's page, status 200.
    staticServer = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Trappa</title>'),
    );
    await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
    staticUrl = `http://127.0.0.1:${(staticServer.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => staticServer.close(() => resolve())));

  it('says no-server when /api/ answers with a web page, and network when nothing answers', async () => {
    expect(await failure(createSharingApi(staticUrl).listDocuments('x'))).toBe('no-server');
    expect(await failure(createSharingApi(staticUrl).logIn('Ola Nordmann', 'passord-123'))).toBe('no-server');
    expect(await failure(createSharingApi('http://127.0.0.1:9').listDocuments('x'))).toBe('network');
  });
});
