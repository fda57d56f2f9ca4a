import type { DocumentStore } from './documentStore';

/**
 * Remembers in the library's settings ('opening') a document that has not yet been drawn, or whose
 * drawing failed, so a start after a crash or a frozen tab does not open it blindly again. The mark
 * is written before the document is shown and cleared once the canvas has drawn it; a start that
 * finds it on the last opened document opens in a safe state instead (see Workspace.openInitial).
 */
export class DrawGuard {
  /** The id the stored mark names, as far as this tab knows. */
  private marked: string | undefined;
  /** Whether the document on show has been drawn since it was shown. */
  private drawn = false;

  constructor(private readonly getStore: () => DocumentStore | undefined) {}

  /** Before a library document is shown: it is suspect until drawn. */
  async opening(id: string): Promise<void> {
    this.drawn = false;
    await this.mark(id);
  }

  /** A document that is not yet in the library is shown. */
  showing(): void {
    this.drawn = false;
  }

  /** The document on show got its library id: suspect unless it has drawn already. */
  async stored(id: string): Promise<void> {
    if (!this.drawn) await this.mark(id);
  }

  /** The canvas drew the document on show, whose id is `id` (undefined when not stored yet). */
  drawnOk(id: string | undefined): void {
    this.drawn = true;
    if (this.marked === undefined || this.marked !== id) return;
    this.marked = undefined;
    void this.getStore()
      ?.clearSetting('opening')
      .catch(() => undefined);
  }

  /** Drawing the document on show failed: a reload must not open it blindly. */
  failed(id: string | undefined): void {
    this.drawn = false;
    if (id !== undefined) void this.mark(id);
  }

  private async mark(id: string): Promise<void> {
    const store = this.getStore();
    if (!store || this.marked === id) return;
    this.marked = id;
    await store.setSetting('opening', id).catch(() => undefined);
  }
}

/** The last opened document when the start before left it marked as not drawn; undefined when it is safe to open. */
export async function getSuspectDocument(store: DocumentStore): Promise<string | undefined> {
  const [opening, last] = await Promise.all([store.getSetting('opening'), store.getSetting('lastOpened')]);
  return opening !== undefined && opening === last ? opening : undefined;
}
