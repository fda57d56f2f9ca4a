import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setMetaText, setStepText } from '@/model/commands';
import { createBlankDocument } from '@/model/defaults';
import { openTrappaDb } from './db';
import { DocumentLock } from './documentLock';
import { DocumentStore } from './documentStore';
import {
  deleteForever,
  duplicateDocument,
  listLibrary,
  moveToBin,
  renameDocument,
  restoreDocument,
} from './libraryActions';
import { createFakeBus, createFakeLocks } from './testDoubles';
import { Workspace } from './workspace';
import type { WorkspaceOptions } from './workspaceState';

let dbCount = 0;
const started: Workspace[] = [];
afterEach(() => started.splice(0).forEach((w) => w.dispose()));

/** One browser profile: a database, locks and a channel bus that its tabs share. */
async function createProfile() {
  const db = await openTrappaDb(`test-${++dbCount}`);
  const locks = createFakeLocks();
  const bus = createFakeBus();
  const fallback = () => createBlankDocument({ steps: 4, language: 'nb' });
  const openTab = async (store: DocumentStore | undefined = new DocumentStore(db)) => {
    const options: WorkspaceOptions = {
      store,
      lock: new DocumentLock(locks),
      channel: bus(),
      createFallback: fallback,
    };
    const workspace = await Workspace.start(options);
    // The canvas says when it has drawn the document; a document never drawn is not reopened (safeStart.test.ts).
    workspace.drawn();
    workspace.subscribe(() => workspace.drawn());
    started.push(workspace);
    return workspace;
  };
  return { db, openTab };
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

/** A store that refuses to write while `full` is set, as a browser with no room left does. */
class FullableStore extends DocumentStore {
  full = false;
  override async save(...args: Parameters<DocumentStore['save']>) {
    if (this.full) throw quotaError();
    return super.save(...args);
  }
  override async create(...args: Parameters<DocumentStore['create']>) {
    if (this.full) throw quotaError();
    return super.create(...args);
  }
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('Workspace: autosave and reopening', () => {
  it('starts a new library with the fallback document and reopens it, edits and undo history included', async () => {
    const { openTab } = await createProfile();
    const first = await openTab();
    expect((await listLibrary(first)).map((e) => e.name)).toEqual(['Kommunenavn – Helhetlig innsatstrapp']);
    const stepId = first.editor.document.steps[0].id;
    first.editor.run(setStepText, { stepId, field: 'title', value: 'Møteplasser' });
    first.editor.run(
      setStepText,
      { stepId, field: 'title', value: 'Møteplasser for alle' },
      { gesture: 'step:typing' },
    );
    expect(first.getState().saving).toBe('pending');
    await first.flush();
    expect(first.getState().saving).toBe('saved');
    first.dispose();

    const second = await openTab();
    expect(second.editor.document).toEqual(first.editor.document);
    expect(second.editor.document.steps[0].title).toBe('Møteplasser for alle');
    expect(second.editor.undo()).toBe(true);
    expect(second.editor.document.steps[0].title).toBe('Møteplasser');
    expect(second.editor.undo()).toBe(true);
    expect(second.editor.document.steps[0].title).toBe('Trinn 1');
  });

  it('saves on its own within a second of a change', async () => {
    const { db, openTab } = await createProfile();
    const workspace = await openTab();
    workspace.editor.run(setMetaText, { field: 'title', value: 'Mestringstrapp' });
    await until(() => workspace.getState().saving === 'saved');
    const record = await new DocumentStore(db).get(workspace.getState().documentId!);
    expect((record!.document as { meta: { title: string } }).meta.title).toBe('Mestringstrapp');
  });

  it('skips a stored document that no longer loads and leaves it untouched', async () => {
    const { db, openTab } = await createProfile();
    const store = new DocumentStore(db);
    const broken = await store.create(createBlankDocument({ steps: 2, language: 'nn' }), 'Ødelagt');
    await db.put('documents', { ...broken, document: { format: 'trappa', version: 1, steps: 'nei' } });
    const workspace = await openTab();
    expect(workspace.getState().documentId).not.toBe(broken.id);
    expect((await store.get(broken.id))!.document).toEqual({ format: 'trappa', version: 1, steps: 'nei' });
    const outcome = await workspace.open(broken.id);
    expect(outcome.ok === false && outcome.reason).toBe('invalid');
  });
});

describe('Workspace: the library', () => {
  it('creates, renames, duplicates, bins and restores documents', async () => {
    const { openTab } = await createProfile();
    const workspace = await openTab();
    const firstId = workspace.getState().documentId!;
    await workspace.create(createBlankDocument({ steps: 3, language: 'nn' }), 'Bustadtrapp');
    expect(workspace.getState()).toMatchObject({ name: 'Bustadtrapp', access: 'edit' });
    expect(workspace.editor.document.steps).toHaveLength(3);
    await renameDocument(workspace, firstId, 'Innsatstrapp 2026');
    await duplicateDocument(workspace, firstId);
    await duplicateDocument(workspace, firstId);
    const names = (await listLibrary(workspace)).map((e) => e.name).sort();
    expect(names).toEqual([
      'Bustadtrapp',
      'Innsatstrapp 2026',
      'Innsatstrapp 2026 (kopi 2)',
      'Innsatstrapp 2026 (kopi)',
    ]);

    expect(await moveToBin(workspace, workspace.getState().documentId!)).toBe(false);
    expect(await moveToBin(workspace, firstId)).toBe(true);
    expect((await listLibrary(workspace)).find((e) => e.id === firstId)?.deletedAt).toBeGreaterThan(0);
    expect((await workspace.open(firstId)).ok).toBe(false);
    await restoreDocument(workspace, firstId);
    expect((await listLibrary(workspace)).find((e) => e.id === firstId)?.deletedAt).toBeUndefined();
    expect((await workspace.open(firstId)).ok).toBe(true);
    const copy = (await listLibrary(workspace)).find((e) => e.name === 'Innsatstrapp 2026 (kopi)')!;
    await deleteForever(workspace, firstId);
    expect((await listLibrary(workspace)).some((e) => e.id === firstId)).toBe(true);
    await moveToBin(workspace, copy.id);
    await deleteForever(workspace, copy.id);
    expect((await listLibrary(workspace)).some((e) => e.id === copy.id)).toBe(false);
  });

  it('names a card after the document’s municipality and title as they are now, unless the user renamed it', async () => {
    const { openTab } = await createProfile();
    const workspace = await openTab();
    const id = workspace.getState().documentId!;
    const cardName = async () => (await listLibrary(workspace)).find((e) => e.id === id)!.name;
    expect(await cardName()).toBe('Kommunenavn – Helhetlig innsatstrapp');
    workspace.editor.run(setMetaText, { field: 'municipality', value: 'Voss herad' });
    workspace.editor.run(setMetaText, { field: 'title', value: 'Aktivitets- og meistringstrapp' });
    await workspace.flush();
    expect(await cardName()).toBe('Voss herad – Aktivitets- og meistringstrapp');
    // Reopened in another tab, from the stored record: still the document's own words.
    const other = await openTab();
    expect((await listLibrary(other)).find((e) => e.id === id)!.name).toBe(
      'Voss herad – Aktivitets- og meistringstrapp',
    );
    await renameDocument(workspace, id, 'Utkast til kommunestyret');
    workspace.editor.run(setMetaText, { field: 'title', value: 'Innsatstrapp 2027' });
    await workspace.flush();
    expect(await cardName()).toBe('Utkast til kommunestyret');
    expect((await listLibrary(other)).find((e) => e.id === id)!.name).toBe('Utkast til kommunestyret');
  });

  it('empties documents that have been in the bin for more than 30 days', async () => {
    const { db } = await createProfile();
    let now = Date.UTC(2026, 0, 1);
    const store = new DocumentStore(db, () => now);
    const old = await store.create(createBlankDocument({ steps: 2, language: 'nb' }), 'Gammel');
    const recent = await store.create(createBlankDocument({ steps: 2, language: 'nb' }), 'Ny');
    await store.moveToBin(old.id);
    now += 20 * 86_400_000;
    await store.moveToBin(recent.id);
    now += 11 * 86_400_000;
    expect(await store.emptyOldBin()).toBe(1);
    expect((await store.list()).map((r) => r.name)).toEqual(['Ny']);
  });
});

describe('Workspace: a full disk', () => {
  it('tells at once, keeps every change in the editor, refuses to replace it, and stores it when there is room again', async () => {
    const { db, openTab } = await createProfile();
    const store = new FullableStore(db);
    const workspace = await openTab(store);
    const other = (await store.create(createBlankDocument({ steps: 2, language: 'nb' }), 'Annen')).id;
    store.full = true;
    workspace.editor.run(setMetaText, { field: 'title', value: 'Ikke mist meg' });
    await workspace.flush();
    expect(workspace.getState()).toMatchObject({ saving: 'failed', failure: 'quota' });
    expect(workspace.editor.document.meta.title).toBe('Ikke mist meg');
    expect(await workspace.open(other)).toEqual({ ok: false, reason: 'unsaved' });
    expect(workspace.editor.document.meta.title).toBe('Ikke mist meg');

    store.full = false;
    workspace.editor.run(setMetaText, { field: 'intro', value: 'Plass igjen' });
    await workspace.flush();
    expect(workspace.getState()).toMatchObject({ saving: 'saved', failure: undefined });
    const saved = (await store.get(workspace.getState().documentId!))!.document as { meta: { title: string } };
    expect(saved.meta.title).toBe('Ikke mist meg');
  });

  it('a new document the store refuses stays open in memory and is stored later', async () => {
    const { db, openTab } = await createProfile();
    const store = new FullableStore(db);
    const workspace = await openTab(store);
    store.full = true;
    await workspace.create(createBlankDocument({ steps: 6, language: 'nb' }), 'Ny trapp');
    expect(workspace.getState()).toMatchObject({ documentId: undefined, failure: 'quota' });
    expect(workspace.editor.document.steps).toHaveLength(6);
    store.full = false;
    workspace.editor.run(setMetaText, { field: 'title', value: 'Lagret til slutt' });
    await workspace.flush();
    expect(workspace.getState().documentId).toBeDefined();
    expect((await listLibrary(workspace)).map((e) => e.name)).toContain('Ny trapp');
  });
});

describe('Workspace: two tabs on one document', () => {
  it('the second tab is read-only until it takes over; the first then stops writing', async () => {
    const { openTab } = await createProfile();
    const first = await openTab();
    first.editor.run(setMetaText, { field: 'title', value: 'Fra fane 1' });
    await first.flush();
    const second = await openTab();
    expect(second.getState()).toMatchObject({ documentId: first.getState().documentId, access: 'elsewhere' });
    expect(second.editor.isReadOnly()).toBe(true);
    second.editor.run(setMetaText, { field: 'title', value: 'Ignorert' });
    expect(second.editor.document.meta.title).toBe('Fra fane 1');

    first.editor.run(setMetaText, { field: 'title', value: 'Fra fane 1, nyere' });
    await first.flush();
    await until(() => second.editor.document.meta.title === 'Fra fane 1, nyere');

    first.editor.run(setMetaText, { field: 'intro', value: 'Ikke lagret ennå' });
    await second.takeOver();
    expect(first.getState().access).toBe('takenOver');
    expect(first.editor.isReadOnly()).toBe(true);
    expect(second.getState().access).toBe('edit');
    expect(second.editor.document.meta.intro).toBe('Ikke lagret ennå');
    second.editor.run(setMetaText, { field: 'title', value: 'Fra fane 2' });
    await second.flush();
    await until(() => first.editor.document.meta.title === 'Fra fane 2');
  });
});
