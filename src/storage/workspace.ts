import { Editor, type HistorySnapshot } from '@/model/editor';
import type { TrappDocument } from '@/model/types';
import { createAutosave, type Autosave } from './autosave';
import { DrawGuard, getSuspectDocument } from './drawGuard';
import type { DocumentStore } from './documentStore';
import { readStoredHistory, toStoredHistory } from './history';
import { getDefaultName, sortByUpdated } from './library';
import { isQuotaError } from './quota';
import type { TabMessage } from './tabChannel';
import type { Access, OpenOutcome, WorkspaceOptions, WorkspaceState } from './workspaceState';

/**
 * The open document and the library around it: autosave, opening and creating documents, and
 * sharing a document between tabs. Framework-free; the UI subscribes to its state.
 */
export class Workspace {
  readonly editor: Editor;
  private state: WorkspaceState;
  private readonly listeners = new Set<() => void>();
  /** The document as last stored; the editor's document differs from it while a change is unsaved. */
  private savedDocument: TrappDocument | undefined;
  private readonly autosave: Autosave;
  private readonly cleanups: (() => void)[] = [];
  /** When the open document was first stored; the library keeps it with every save. */
  private createdAt = 0;
  /** Whether the open document's name is one the user gave (see DocumentRecord.renamed), kept through saves. */
  private renamed: boolean | undefined;
  private readonly guard = new DrawGuard(() => this.options.store);

  static async start(options: WorkspaceOptions): Promise<Workspace> {
    const workspace = new Workspace(options);
    await workspace.openInitial();
    return workspace;
  }

  private constructor(private options: WorkspaceOptions) {
    this.editor = new Editor(options.createFallback());
    this.savedDocument = this.editor.document;
    this.state = {
      documentId: undefined,
      name: getDefaultName(this.editor.document),
      access: 'edit',
      saving: 'saved',
      storageUnavailable: !options.store && !options.shared,
      shared: !!options.shared,
      libraryVersion: 0,
    };
    this.autosave = createAutosave({
      save: () => this.saveNow(),
      onSaved: () => this.onSaved(),
      onError: (error) => this.onSaveError(error),
    });
    this.cleanups.push(this.editor.subscribe(() => this.onEditorChange()));
    if (options.channel) this.cleanups.push(options.channel.listen((message) => void this.onMessage(message)));
  }

  getState = (): WorkspaceState => this.state;

  /** The library's database; undefined when the browser refused one. */
  get store(): DocumentStore | undefined {
    return this.options.store;
  }

  /** Renames the open document in the state (the library's record is renamed by the caller). */
  setName(name: string): void {
    this.renamed = true;
    this.setState({ name });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  hasUnsavedChanges(): boolean {
    // A shared document is kept by the server and its browser copy, never by this workspace.
    return !this.options.shared && this.editor.document !== this.savedDocument;
  }

  /** Stores what is pending now; resolves when it is stored or the store refused. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Tries again to store what a refused save left pending (after the user made room). */
  retrySave(): Promise<void> {
    if (this.hasUnsavedChanges()) this.autosave.schedule();
    return this.autosave.flush();
  }

  async open(id: string, { force = false } = {}): Promise<OpenOutcome> {
    const store = this.options.store;
    if (!store) return { ok: false, reason: 'unavailable' };
    await this.autosave.flush();
    if (!force && this.state.access === 'edit' && this.hasUnsavedChanges()) return { ok: false, reason: 'unsaved' };
    // The validator (zod) is loaded when a stored document is first opened, not with the page;
    // it is fetched while the record is read, so a returning visitor waits for the slower of the two only.
    const [record, { loadParsed }] = await Promise.all([store.get(id), import('@/model/load')]);
    if (!record || record.deletedAt !== undefined) return { ok: false, reason: 'missing' };
    const loaded = loadParsed(record.document);
    if (!loaded.ok) return { ok: false, reason: 'invalid', problems: loaded.problems };
    const owned = await this.options.lock.tryAcquire(id);
    this.createdAt = record.createdAt;
    this.renamed = record.renamed;
    await this.guard.opening(id);
    this.setState({ skipped: undefined });
    this.show(
      loaded.document,
      await this.readHistory(id, record.document, loaded.document),
      owned ? 'edit' : 'elsewhere',
      id,
      record.name,
    );
    if (owned) await store.setSetting('lastOpened', id).catch(() => undefined);
    return { ok: true };
  }

  /** Puts a new document (from the gallery or a file) in the library and opens it; the open one stays as it is. */
  async create(document: TrappDocument, name = getDefaultName(document), { force = false } = {}): Promise<OpenOutcome> {
    await this.autosave.flush();
    if (!force && this.state.access === 'edit' && this.hasUnsavedChanges()) return { ok: false, reason: 'unsaved' };
    this.options.lock.release();
    this.guard.showing();
    // Shown at once; autosave then stores it as a new record. If the store refuses, it stays open
    // here, unsaved and said so, and autosave keeps trying.
    this.show(document, undefined, 'edit', undefined, name);
    if (this.options.store) {
      this.savedDocument = undefined;
      this.onEditorChange();
      await this.autosave.flush();
    }
    return { ok: true };
  }

  /** Asks the tab that edits the document to let go, waits for it to save, and edits here from its last version. */
  async takeOver(): Promise<void> {
    const id = this.state.documentId;
    const store = this.options.store;
    if (!id || !store || this.state.access === 'edit') return;
    this.options.channel?.post({ type: 'takeOver', documentId: id });
    if (!(await this.options.lock.acquire(id))) return;
    await this.reload(id, 'edit');
  }

  /** The canvas drew the open document: it is safe to reopen. */
  drawn = (): void => {
    this.guard.drawnOk(this.state.documentId);
  };

  /** The open document could not be drawn: a reload will not open it blindly. */
  drawFailed = (): void => {
    this.guard.failed(this.state.documentId);
  };

  /** Hides the notice about the document a start did not reopen. */
  dismissSkipped(): void {
    this.setState({ skipped: undefined });
  }

  dispose(): void {
    this.autosave.dispose();
    for (const cleanup of this.cleanups) cleanup();
    this.options.lock.release();
  }

  private async openInitial(): Promise<void> {
    const store = this.options.store;
    if (store) {
      try {
        await store.emptyOldBin();
        const records = sortByUpdated((await store.list()).filter((record) => record.deletedAt === undefined));
        // The last document did not draw when it was last opened (a crash, a frozen tab): not again
        // unasked. The default document is shown, unstored, with a notice offering that one.
        const suspect = await getSuspectDocument(store);
        const skipped = records.find((r) => r.id === suspect);
        if (skipped) return this.setState({ skipped: { id: skipped.id, name: skipped.name } });
        const last = await store.getSetting('lastOpened');
        const ordered = [...records.filter((r) => r.id === last), ...records.filter((r) => r.id !== last)];
        // A stored copy that no longer loads is skipped and kept, never overwritten.
        for (const record of ordered) if ((await this.open(record.id)).ok) return;
      } catch {
        this.options = { ...this.options, store: undefined };
        this.setState({ storageUnavailable: true });
      }
    }
    await this.create(this.editor.document);
  }

  private async saveNow(): Promise<void> {
    const store = this.options.store;
    if (!store || this.state.access !== 'edit') return;
    const document = this.editor.document;
    let id = this.state.documentId;
    if (id === undefined) {
      const record = await store.create(document, this.state.name);
      id = record.id;
      this.createdAt = record.createdAt;
      this.renamed = record.renamed;
      await this.options.lock.tryAcquire(id);
      this.setState({ documentId: id });
      this.changedLibrary();
      await this.guard.stored(id);
      await store.setSetting('lastOpened', id).catch(() => undefined);
    }
    const record = { id, name: this.state.name, document, createdAt: this.createdAt, renamed: this.renamed };
    await store.save(record, { version: document.version, ...toStoredHistory(this.editor.getHistorySnapshot()) });
    this.savedDocument = document;
    this.options.channel?.post({ type: 'saved', documentId: id });
  }

  private onEditorChange(): void {
    if (!this.options.store || this.state.access !== 'edit' || !this.hasUnsavedChanges()) return;
    if (this.state.saving !== 'failed') this.setState({ saving: 'pending' });
    this.autosave.schedule();
  }

  private onSaved(): void {
    this.setState({ saving: this.hasUnsavedChanges() ? 'pending' : 'saved', failure: undefined });
  }

  private onSaveError(error: unknown): void {
    this.setState({ saving: 'failed', failure: isQuotaError(error) ? 'quota' : 'other' });
  }

  private async onMessage(message: TabMessage): Promise<void> {
    if (message.documentId !== this.state.documentId) return;
    if (message.type === 'takeOver' && this.state.access === 'edit') {
      await this.autosave.flush();
      this.editor.setReadOnly(true);
      this.options.lock.release();
      this.setState({ access: 'takenOver' });
    } else if (message.type === 'saved' && this.state.access !== 'edit') {
      await this.reload(message.documentId, this.state.access);
    }
  }

  private async reload(id: string, access: Access): Promise<void> {
    const record = await this.options.store?.get(id);
    const { loadParsed } = await import('@/model/load');
    const loaded = record ? loadParsed(record.document) : undefined;
    if (!record || !loaded?.ok) return;
    this.createdAt = record.createdAt;
    this.renamed = record.renamed;
    this.show(loaded.document, await this.readHistory(id, record.document, loaded.document), access, id, record.name);
  }

  private async readHistory(
    id: string,
    stored: unknown,
    document: TrappDocument,
  ): Promise<HistorySnapshot | undefined> {
    // A migrated document no longer matches the paths its history was recorded on.
    if ((stored as { version?: unknown }).version !== document.version) return undefined;
    const record = await this.options.store?.getHistory(id).catch(() => undefined);
    return record && record.version === document.version ? readStoredHistory(record) : undefined;
  }

  private show(
    document: TrappDocument,
    history: HistorySnapshot | undefined,
    access: Access,
    documentId: string | undefined,
    name: string,
  ): void {
    this.savedDocument = document;
    this.setState({ documentId, name, access, saving: 'saved', failure: undefined });
    this.editor.setReadOnly(access !== 'edit');
    this.editor.replace(document, history);
  }

  /** The library's records changed: views of it read it again. */
  changedLibrary(): void {
    this.setState({ libraryVersion: this.state.libraryVersion + 1 });
  }

  private setState(changes: Partial<WorkspaceState>): void {
    const next = { ...this.state, ...changes };
    if ((Object.keys(changes) as (keyof WorkspaceState)[]).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
