// The workspace with the browser's pieces: IndexedDB, Web Locks, BroadcastChannel, and a last
// save when the tab is hidden or closed.
import type { TrappDocument } from '@/model/types';
import { openTrappaDb } from './db';
import { DocumentLock } from './documentLock';
import { DocumentStore } from './documentStore';
import { setStoredHint } from './storedHint';
import { createTabChannel } from './tabChannel';
import { Workspace } from './workspace';

/** Marks that a document is stored, so the next page load fetches the validator early (storedHint.ts). */
function writeHint(workspace: Workspace): void {
  if (workspace.getState().documentId !== undefined) setStoredHint();
}

/** `fallback`: the document a new library starts with, loading meanwhile (the default template's own chunk). */
export async function startBrowserWorkspace(fallback: Promise<TrappDocument>): Promise<Workspace> {
  let store: DocumentStore | undefined;
  try {
    store = new DocumentStore(await openTrappaDb());
  } catch {
    // Blocked or missing IndexedDB: the workspace runs in memory and says so.
  }
  // Ask the browser not to evict the library under storage pressure (Chromium decides without asking).
  void navigator.storage?.persist?.().catch(() => false);
  const fallbackDocument = await fallback;
  const workspace = await Workspace.start({
    store,
    lock: new DocumentLock(navigator.locks),
    channel: createTabChannel(),
    createFallback: () => structuredClone(fallbackDocument),
  });
  writeHint(workspace);
  const flush = () => {
    void workspace.flush();
    writeHint(workspace);
  };
  // beforeunload comes first when a tab is closed, and leaves the most time for the last write.
  window.addEventListener('beforeunload', (event) => {
    flush();
    // Changes the browser refused to store (or cannot store at all) would be lost: let the browser ask first.
    const { saving, storageUnavailable } = workspace.getState();
    if (saving === 'failed' || (storageUnavailable && workspace.hasUnsavedChanges())) event.preventDefault();
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return workspace;
}
