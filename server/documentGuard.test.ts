import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDocument } from '@/model/load';
import { createYDocument, getRoot, loadYDocument, readYDocument } from '@/model/collab/yDocument';
import { guardDocument } from './documentGuard';

const alver = () => {
  const result = loadDocument(readFileSync(new URL('../templates/alver.trapp.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('alver');
  return result.document;
};
const CLIENT = { client: 1 };

describe('guardDocument', () => {
  it('reverts an update that makes the document invalid, and reports who sent it', () => {
    const ydoc = createYDocument(alver());
    const before = readYDocument(ydoc);
    const rejectedFrom: unknown[] = [];
    const guard = guardDocument(
      ydoc,
      () => true,
      (origin) => rejectedFrom.push(origin),
    );
    ydoc.transact(() => {
      getRoot(ydoc).set('steps', 'not a list');
      getRoot(ydoc).delete('format');
    }, CLIENT);
    expect(rejectedFrom).toEqual([CLIENT]);
    expect(guard.rejected).toBe(1);
    expect(loadYDocument(ydoc).ok).toBe(true);
    expect(readYDocument(ydoc)).toEqual(before);
  });

  it('keeps valid updates and the state they made', () => {
    const ydoc = createYDocument(alver());
    const guard = guardDocument(
      ydoc,
      () => true,
      () => undefined,
    );
    const steps = getRoot(ydoc).get('steps') as Y.Array<Y.Map<unknown>>;
    ydoc.transact(() => (steps.get(0).get('title') as Y.Text).insert(0, 'Ny: '), CLIENT);
    expect(guard.rejected).toBe(0);
    expect(guard.lastValid?.steps[0].title.startsWith('Ny: ')).toBe(true);
  });

  it('reverts a too-long title typed into a Y.Text, on a copy synced through updates', () => {
    const server = createYDocument(alver());
    guardDocument(
      server,
      () => true,
      () => undefined,
    );
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const title = (getRoot(client).get('steps') as Y.Array<Y.Map<unknown>>).get(1).get('title') as Y.Text;
    const sv = Y.encodeStateVector(client);
    title.insert(0, 'x'.repeat(25_000));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, sv), CLIENT);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    expect(readYDocument(client)).toEqual(readYDocument(server));
    const loaded = loadYDocument(client);
    expect(loaded.ok && loaded.document.steps[1].title).toBe(alver().steps[1].title);
  });

  it('leaves an update relayed by another process to that process', () => {
    const ydoc = createYDocument(alver());
    const rejectedFrom: unknown[] = [];
    guardDocument(
      ydoc,
      (origin) => origin === CLIENT,
      (origin) => rejectedFrom.push(origin),
    );
    ydoc.transact(() => getRoot(ydoc).delete('format'), 'redis');
    expect(rejectedFrom).toEqual([]);
    expect(loadYDocument(ydoc).ok).toBe(false);
  });
});
