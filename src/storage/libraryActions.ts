// What the user does in the project library, on top of the workspace that holds the open document.
import type { LoadResult } from '@/model/load';
import { sortByUpdated, toLibraryEntry, type LibraryEntry } from './library';
import type { Workspace } from './workspace';

const documentOf = (result: LoadResult) => (result.ok ? result.document : undefined);

/** Every document, the bin's included, newest change first; the open one as the editor has it now. */
export async function listLibrary(workspace: Workspace): Promise<LibraryEntry[]> {
  const records = (await workspace.store?.list()) ?? [];
  // The validator (zod) loads with the library, not with the page.
  const { loadParsed } = await import('@/model/load');
  const loadStored = (raw: unknown) => documentOf(loadParsed(raw));
  const { documentId } = workspace.getState();
  const current = workspace.editor.document;
  return sortByUpdated(
    records.map((record) => {
      if (record.id !== documentId) return toLibraryEntry(record, loadStored);
      return toLibraryEntry(record, () => current);
    }),
  );
}

export async function renameDocument(workspace: Workspace, id: string, name: string): Promise<void> {
  await workspace.store?.rename(id, name);
  if (id === workspace.getState().documentId) workspace.setName(name);
  workspace.changedLibrary();
}

/** A copy with "(kopi)" in its name; the open document is saved first so the copy has its latest change. */
export async function duplicateDocument(workspace: Workspace, id: string): Promise<void> {
  const store = workspace.store;
  if (!store) return;
  if (id === workspace.getState().documentId) await workspace.flush();
  await store.duplicate(
    id,
    (await store.list()).map((record) => record.name),
  );
  workspace.changedLibrary();
}

/** Into the bin, from where it can be restored for 30 days. The open document cannot be deleted. */
export async function moveToBin(workspace: Workspace, id: string): Promise<boolean> {
  if (id === workspace.getState().documentId || !workspace.store) return false;
  await workspace.store.moveToBin(id);
  workspace.changedLibrary();
  return true;
}

export async function restoreDocument(workspace: Workspace, id: string): Promise<void> {
  await workspace.store?.restore(id);
  workspace.changedLibrary();
}

export async function deleteForever(workspace: Workspace, id: string): Promise<void> {
  if (id === workspace.getState().documentId) return;
  await workspace.store?.deleteForever(id);
  workspace.changedLibrary();
}
