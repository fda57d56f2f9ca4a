// Starts the editor on a shared document (`/?d=<id>`): loaded only then, so the single-user
// editor's first load carries none of Yjs, Hocuspocus or IndexedDB persistence.
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { bindEditor } from '@/model/collab/bindEditor';
import { loadYDocument } from '@/model/collab/yDocument';
import { createTranslator, loadDictionary } from '@/i18n/translate';
import type { UiLanguage } from '@/i18n/translate';
import type { TrappDocument } from '@/model/types';
import { openTrappaDb } from '@/storage/db';
import { DocumentLock } from '@/storage/documentLock';
import { DocumentStore } from '@/storage/documentStore';
import { Workspace } from '@/storage/workspace';
import { loadBrowserFonts } from '../shell/fonts';
import { App } from '../shell/App';
import { ErrorBoundary } from '../safety/ErrorBoundary';
import { AppFailed } from '../safety/AppFailed';
import { connectSharedDocument, type SharedConnection } from './connectSharedDocument';
import { SharedDocumentContext } from './sharedDocumentContext';
import type { SharedLink } from './readSharedLink';
import { loadSceneExtras } from '../shell/useSceneExtras';

/** The shared document in a workspace of its own (no library record: the server and the Y.Doc's browser copy keep it), bound to the Y.Doc. */
export async function openSharedEditor(
  link: SharedLink,
): Promise<{ workspace: Workspace; connection: SharedConnection }> {
  const connection = connectSharedDocument(link);
  await connection.ready;
  const loaded = loadYDocument(connection.ydoc);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.code).join(', '));
  const workspace = await Workspace.start({
    store: undefined,
    lock: new DocumentLock(navigator.locks),
    createFallback: () => loaded.document,
    shared: true,
  });
  bindEditor(workspace.editor, connection.ydoc, {
    onLeave: (document) =>
      void openInOwnLibrary(document, workspace.getState().name).finally(() => connection.destroy()),
    // Others' changes that arrive together (several people typing) are read and drawn once.
    schedule: (flush) => setTimeout(flush, 0),
  });
  // A view link, or a share revoked while open: the canvas is read-only; presenting and export still work.
  const applyRole = () =>
    workspace.editor.setReadOnly(connection.getRole() === 'view' || connection.getStatus() === 'refused');
  applyRole();
  connection.subscribe(applyRole);
  return { workspace, connection };
}

/**
 * A new trapp or a file opened while a shared document is open goes into this browser's own
 * library and opens there, in the single-user editor; the shared document stays as it is.
 */
async function openInOwnLibrary(document: TrappDocument, name: string): Promise<void> {
  const store = new DocumentStore(await openTrappaDb());
  const record = await store.create(document, name);
  await store.setSetting('lastOpened', record.id);
  window.location.assign(window.location.pathname);
}

export async function startSharedEditor(root: Root, link: SharedLink, language: UiLanguage): Promise<void> {
  const opening = openSharedEditor(link).catch(async (error: unknown) => {
    await loadDictionary(language);
    throw error instanceof Error && error.message === 'refused'
      ? new Error(createTranslator(language)('collab.refusedStart'))
      : error;
  });
  const [measurer, { workspace, connection }] = await Promise.all([
    loadBrowserFonts(),
    opening,
    loadDictionary(language),
    // Others may add a chart at any time: a shared document has the extras from the start.
    loadSceneExtras(),
  ]);
  root.render(
    <StrictMode>
      <ErrorBoundary
        onError={workspace.drawFailed}
        fallback={(error, retry) => (
          <AppFailed error={error} workspace={workspace} t={createTranslator(language)} retry={retry} />
        )}
      >
        <SharedDocumentContext.Provider value={connection}>
          <App editor={workspace.editor} workspace={workspace} measurer={measurer} />
        </SharedDocumentContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
