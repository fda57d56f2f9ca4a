import { Suspense, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '@/i18n/nb';
import type { Params } from '@/i18n/translate';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { getFileName, readTrappFile, saveTrappFile, type OpenFileProblem } from '@/storage/files';
import { getSourceKind } from '@/model/outline/sourceKind';
import type { ImportStart } from '../outlineImport/importStart';
import type { Workspace } from '@/storage/workspace';
import type { OpenOutcome } from '@/storage/workspaceState';
import { FileDrop } from './FileDrop';
import { FileMenu } from './FileMenu';
import { Notices } from '../shell/Notices';
import { PanelBoundary } from '../safety/PanelBoundary';
import { useWorkspaceState } from '../shell/useWorkspaceState';
import './storage.css';
import { lazyWithStrings } from '../shell/lazyWithStrings';

// The library, the links dialog and the list of a file's problems are shown now and then; they load when first asked for.
const Library = lazyWithStrings(() => import('./Library'));
const LinksDialog = lazyWithStrings(() => import('../inspector/LinksDialog'));
const OutlineEditDialog = lazyWithStrings(() => import('../outlineImport/OutlineEditDialog'));
// Sharing talks to the server; nothing of it loads (or asks the network) until Fil ▸ Del … is chosen.
const SharingDialog = lazyWithStrings(() => import('../sharing/SharingDialog'));
const FileProblems = lazyWithStrings(() => import('./FileProblems').then((m) => ({ default: m.FileProblems })));

export type Toast = { key: MessageKey; params?: Params };
export type Problems = { name: string; problems: OpenFileProblem[] };

/** What the storage UI can do, for the components that offer it. */
export type StorageActions = {
  openFile: (file: File) => Promise<void>;
  saveFile: () => Promise<void>;
  /** Saves a library document that is not open (e.g. the one a safe start left closed) as a file. */
  saveStoredFile: (id: string, name: string) => Promise<void>;
  /** Opens a library document; true when it opened. */
  openDocument: (id: string, name: string) => Promise<boolean>;
  createDocument: (document: TrappDocument) => Promise<void>;
  showLibrary: () => void;
  showLinks: () => void;
  /** Fil ▸ Del …: accounts, the shared library, share links. */
  showSharing: () => void;
  /** The steps as text, to edit by typing ("Rediger trinnene som tekst"). */
  showOutline: () => void;
  showNew: () => void;
  /** Opens the trapp import ("Lim inn / hent inn trapp"). */
  importOutline: () => void;
};

type Options = {
  workspace: Workspace;
  context: SceneContext;
  onNew: () => void;
  onImport: (start: ImportStart) => void;
};

/**
 * Files, the library, autosave notices and tab sharing, wired to the workspace. Returns the file
 * menu (for the toolbar) and the layer of dialogs and notices (for the app), sharing one state.
 */
export function useStorageUi({ workspace, context, onNew, onImport }: Options): {
  menu: ReactNode;
  layer: ReactNode;
  actions: StorageActions;
  readOnly: boolean;
  documentId: string | undefined;
} {
  const state = useWorkspaceState(workspace);
  const [dialog, setDialog] = useState<'library' | 'links' | 'outline' | 'sharing' | undefined>();
  const [problems, setProblems] = useState<Problems | undefined>();
  const [toast, setToast] = useState<Toast | undefined>();
  const [blocked, setBlocked] = useState<(() => Promise<OpenOutcome>) | undefined>();

  const actions = useMemo<StorageActions>(() => {
    /** Shows why an open or create did not happen; true when it did. */
    const settle = async (attempt: (force: boolean) => Promise<OpenOutcome>, name: string): Promise<boolean> => {
      const outcome = await attempt(false);
      if (outcome.ok) return true;
      if (outcome.reason === 'unsaved') setBlocked(() => () => attempt(true));
      if (outcome.reason === 'invalid') setProblems({ name, problems: outcome.problems });
      return false;
    };
    return {
      async openFile(file) {
        // A text, web page or Word file is a trapp to import, not a trapp file to open.
        if (getSourceKind(file.name)) return (setDialog(undefined), onImport({ file }));
        const result = await readTrappFile(file);
        if (!result.ok) return setProblems({ name: file.name, problems: result.problems });
        if (await settle((force) => workspace.create(result.document, result.name, { force }), file.name)) {
          setDialog(undefined);
          setToast({ key: 'file.opened', params: { name: result.name } });
        }
      },
      async saveFile() {
        const name = workspace.getState().name;
        if ((await saveTrappFile(workspace.editor.document, name)) === 'saved')
          setToast({ key: 'file.saved', params: { file: getFileName(name) } });
      },
      async saveStoredFile(id, name) {
        const record = await workspace.store?.get(id);
        const { loadParsed } = await import('@/model/load');
        const loaded = record && loadParsed(record.document);
        if (loaded?.ok && (await saveTrappFile(loaded.document, name)) === 'saved')
          setToast({ key: 'file.saved', params: { file: getFileName(name) } });
      },
      openDocument: (id, name) => settle((force) => workspace.open(id, { force }), name),
      async createDocument(document) {
        await settle((force) => workspace.create(document, undefined, { force }), document.meta.title);
      },
      showLibrary: () => setDialog('library'),
      showLinks: () => setDialog('links'),
      showSharing: () => setDialog('sharing'),
      showOutline: () => setDialog('outline'),
      showNew: () => (setDialog(undefined), onNew()),
      importOutline: () => (setDialog(undefined), onImport({})),
    };
  }, [workspace, onNew, onImport]);

  const close = () => setDialog(undefined);
  const layer = (
    <>
      <Notices
        workspace={workspace}
        state={state}
        actions={actions}
        toast={toast}
        onToastDone={() => setToast(undefined)}
        blocked={blocked}
        onBlockedDone={() => setBlocked(undefined)}
      />
      <FileDrop onFile={(file) => void actions.openFile(file)} />
      <Suspense fallback={null}>
        <PanelBoundary onClose={close} resetKey={dialog}>
          {dialog === 'library' && (
            <Library workspace={workspace} state={state} context={context} actions={actions} onClose={close} />
          )}
          {dialog === 'links' && <LinksDialog onClose={close} />}
          {dialog === 'sharing' && <SharingDialog workspace={workspace} onClose={close} />}
          {dialog === 'outline' && <OutlineEditDialog onClose={close} />}
        </PanelBoundary>
      </Suspense>
      {problems && (
        <Suspense fallback={null}>
          <PanelBoundary onClose={() => setProblems(undefined)}>
            <FileProblems problems={problems} onClose={() => setProblems(undefined)} />
          </PanelBoundary>
        </Suspense>
      )}
    </>
  );
  // The same element while the workspace state is unchanged, so the toolbar it is passed to (a memo) is not drawn again.
  const menu = useMemo(() => <FileMenu state={state} actions={actions} />, [state, actions]);
  return {
    menu,
    layer,
    actions,
    readOnly: state.access !== 'edit',
    documentId: state.documentId,
  };
}
