// Crafted updates, oversized messages and floods: refused by the server while the other
// clients keep working; the published page shows the current valid state.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getRoot, loadYDocument, readYDocument } from '@/model/collab/yDocument';
import {
  acknowledged,
  call,
  createShare,
  hasAll,
  ownerWithDocument,
  synced,
  useTestServer,
  waitFor,
} from './testing/harness';

const running = useTestServer({ maxMessageBytes: 256 * 1024, messagesPerSecond: 20, messageBurst: 60 });
const { open } = running;
const steps = (ydoc: Y.Doc) => getRoot(ydoc).get('steps') as Y.Array<Y.Map<unknown>>;
const title = (ydoc: Y.Doc, i: number) => steps(ydoc).get(i).get('title') as Y.Text;

async function threeClients(owner: string) {
  const { session, id } = await ownerWithDocument(running.server.url, owner);
  const { token } = await createShare(running.server.url, id, 'edit', session);
  const [a, b, c] = [open(id, session), open(id, token), open(id, token)];
  await Promise.all([synced(a), synced(b), synced(c)]);
  return { session, id, a, b, c };
}

describe('the server keeps every document valid', () => {
  it.each([
    ['steps replaced by a string', (d: Y.Doc) => getRoot(d).set('steps', 'ikke en liste')],
    ['format removed', (d: Y.Doc) => getRoot(d).delete('format')],
    ['a title over the length limit', (d: Y.Doc) => title(d, 1).insert(0, 'x'.repeat(20_001))],
    ['a step without an id', (d: Y.Doc) => steps(d).get(0).delete('id')],
  ])(
    'reverts %s, closes the sender, and the others keep editing',
    async (_name, craft) => {
      const { id, a, b, c } = await threeClients(`Eier ${_name}`);
      const before = readYDocument(a.ydoc);
      b.ydoc.transact(() => craft(b.ydoc));
      await waitFor(() => b.closed.includes('invalid-document'), 5000, 'the sender closed');
      expect(running.server.collab.guards.get(id)?.rejected).toBe(1);
      const serverDoc = running.server.collab.hocuspocus.documents.get(id)!;
      await waitFor(() => hasAll(a.ydoc, serverDoc) && hasAll(c.ydoc, serverDoc), 5000, 'the repair at the others');
      expect(readYDocument(a.ydoc)).toEqual(before);
      expect(readYDocument(c.ydoc)).toEqual(before);
      title(c.ydoc, 0).insert(0, 'Videre: ');
      await acknowledged(c);
      await waitFor(() => title(a.ydoc, 0).toString().startsWith('Videre: '), 5000, 'a later edit at a');
      expect(loadYDocument(a.ydoc).ok).toBe(true);
      // The sender reconnects by itself and ends with the same valid document.
      await waitFor(
        () => JSON.stringify(readYDocument(b.ydoc)) === JSON.stringify(readYDocument(a.ydoc)),
        10_000,
        'the sender repaired',
      );
    },
    30_000,
  );

  it('refuses a message over the size limit before applying it', async () => {
    const { id, a, b } = await threeClients('Eier stor melding');
    const notes = new Y.Text('n'.repeat(300 * 1024));
    steps(b.ydoc).get(0).set('notes', notes);
    await new Promise((r) => setTimeout(r, 1500));
    expect(JSON.stringify(readYDocument(a.ydoc))).not.toContain('nnnnnnnnnnnnnnnnnnnn');
    expect(running.server.collab.guards.get(id)?.rejected ?? 0).toBe(0);
    b.destroy();
    title(a.ydoc, 0).insert(0, 'Etter stor: ');
    await acknowledged(a);
  }, 30_000);

  it('closes a connection that floods and keeps serving the others', async () => {
    const { a, b, c } = await threeClients('Eier flom');
    for (let i = 0; i < 300; i++) title(b.ydoc, 2).insert(0, 'f');
    await waitFor(() => b.closed.includes('too-many-messages'), 5000, 'the flooder closed');
    title(c.ydoc, 3).insert(0, 'Rolig: ');
    await acknowledged(c);
    await waitFor(() => title(a.ydoc, 3).toString().startsWith('Rolig: '), 5000, 'a calm edit at a');
  }, 30_000);
});

describe('the published page', () => {
  it('is absent until published, then shows the current state without a script', async () => {
    const { session, id, a } = await threeClients('Eier publisert');
    expect((await call(running.server.url, 'GET', `/p/${id}`)).status).toBe(404);
    expect(
      (await call(running.server.url, 'PUT', `/api/documents/${id}/published`, { published: true }, session)).status,
    ).toBe(200);
    title(a.ydoc, 0).insert(0, 'Publisert nå ');
    await acknowledged(a);
    const page = await call(running.server.url, 'GET', `/p/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Publisert nå');
    expect(page.text).not.toContain('<script');
    await call(running.server.url, 'PUT', `/api/documents/${id}/published`, { published: false }, session);
    expect((await call(running.server.url, 'GET', `/p/${id}`)).status).toBe(404);
  }, 30_000);
});
