// A document whose drawing threw, or that was never drawn because the tab died first, is not the
// one the next start opens: the start shows the default document and says which one it left closed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setMetaText } from '@/model/commands';
import { createBlankDocument } from '@/model/defaults';
import { openTrappaDb } from './db';
import { DocumentLock } from './documentLock';
import { DocumentStore } from './documentStore';
import { createFakeLocks } from './testDoubles';
import { Workspace } from './workspace';

let dbCount = 0;
const started: Workspace[] = [];
afterEach(() => started.splice(0).forEach((w) => w.dispose()));

/** Starts of one browser profile; the tab before is closed (disposed) first, as a reload does. */
async function createProfile() {
  const db = await openTrappaDb(`safe-start-${++dbCount}`);
  const locks = createFakeLocks();
  return async () => {
    started.splice(0).forEach((w) => w.dispose());
    const workspace = await Workspace.start({
      store: new DocumentStore(db),
      lock: new DocumentLock(locks),
      createFallback: () => createBlankDocument({ steps: 3, language: 'nb' }),
    });
    started.push(workspace);
    return workspace;
  };
}

const named = (title: string) => {
  const doc = createBlankDocument({ steps: 5, language: 'nb' });
  return { ...doc, meta: { ...doc.meta, title } };
};

describe('safe start', () => {
  it('does not reopen a document whose drawing failed, and keeps it and the others in the library', async () => {
    const start = await createProfile();
    const tab = await start();
    tab.drawn();
    await tab.create(named('God'), 'God');
    tab.drawn();
    await tab.create(named('Krasj'), 'Krasj');
    tab.drawFailed();
    await tab.flush();

    const next = await start();
    const state = next.getState();
    expect(state.skipped?.name).toBe('Krasj');
    expect(state.documentId).toBeUndefined();
    expect(next.editor.document.steps).toHaveLength(3);
    expect(next.hasUnsavedChanges()).toBe(false);
    const names = (await next.store!.list()).map((r) => r.name).sort();
    expect(names).toEqual(['God', 'Kommunenavn – Helhetlig innsatstrapp', 'Krasj']);
  });

  it('does not reopen a document the tab closed on before drawing it', async () => {
    const start = await createProfile();
    const tab = await start();
    await tab.create(named('Tung'), 'Tung');
    // No drawn(): the tab froze or was killed while drawing.
    expect((await start()).getState().skipped?.name).toBe('Tung');
  });

  it('reopens a document that drew', async () => {
    const start = await createProfile();
    const tab = await start();
    await tab.create(named('God'), 'God');
    tab.drawn();
    await new Promise((r) => setTimeout(r, 20));
    const next = await start();
    expect(next.getState().skipped).toBeUndefined();
    expect(next.getState().name).toBe('God');
  });

  it('a drawing that works again after an undo is safe to reopen', async () => {
    const start = await createProfile();
    const tab = await start();
    tab.drawn();
    tab.drawFailed();
    tab.drawn();
    await new Promise((r) => setTimeout(r, 20));
    expect((await start()).getState().skipped).toBeUndefined();
  });

  it('after a safe start, the next document opened or edited is the one reopened', async () => {
    const start = await createProfile();
    const tab = await start();
    const goodId = tab.getState().documentId!;
    tab.drawn();
    await tab.create(named('Krasj'), 'Krasj');
    tab.drawFailed();
    await tab.flush();

    const safe = await start();
    expect(safe.getState().skipped?.name).toBe('Krasj');
    expect((await safe.open(goodId)).ok).toBe(true);
    expect(safe.getState().skipped).toBeUndefined();
    safe.drawn();
    await new Promise((r) => setTimeout(r, 20));
    const reopened = await start();
    expect(reopened.getState().documentId).toBe(goodId);

    // Editing the default document of a safe start stores it as a new document, reopened next time.
    await reopened.create(named('Krasj igjen'), 'Krasj igjen');
    const again = await start();
    expect(again.getState().skipped?.name).toBe('Krasj igjen');
    again.drawn();
    again.editor.run(setMetaText, { field: 'title', value: 'Ny start' });
    await again.flush();
    const newId = again.getState().documentId;
    expect(newId).toBeDefined();
    const last = await start();
    expect(last.getState().skipped).toBeUndefined();
    expect(last.getState().documentId).toBe(newId);
  });
});
