import type { HistorySnapshot } from '@/model/editor';
import { newId } from '@/model/ids';
import type { TrappDocument } from '@/model/types';
import type { DocumentRecord, HistoryRecord, SettingKey, TrappaDb } from './db';
import { BIN_DAYS, getCopyName, getDefaultName } from './library';

const DAY = 24 * 60 * 60 * 1000;

/** The project library in IndexedDB: documents, their undo history, and the bin. Every write is one transaction. */
export class DocumentStore {
  constructor(
    private readonly db: TrappaDb,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<DocumentRecord[]> {
    return this.db.getAll('documents');
  }

  async get(id: string): Promise<DocumentRecord | undefined> {
    return this.db.get('documents', id);
  }

  async getHistory(id: string): Promise<HistoryRecord | undefined> {
    return this.db.get('histories', id);
  }

  async create(document: TrappDocument, name: string): Promise<DocumentRecord> {
    const time = this.now();
    const record: DocumentRecord = {
      id: newId('doc'),
      name,
      document,
      createdAt: time,
      updatedAt: time,
      renamed: name !== getDefaultName(document),
    };
    await this.db.add('documents', record);
    return record;
  }

  /**
   * Writes the document and its history in one transaction, so a reload never pairs a document with
   * another's history. Both writes are issued at once with no read before them: a save started as
   * the tab closes is not cut off between a read and its write.
   */
  async save(
    record: Pick<DocumentRecord, 'id' | 'name' | 'document' | 'createdAt' | 'renamed'>,
    history: HistorySnapshot & { version: number },
  ): Promise<void> {
    const tx = this.db.transaction(['documents', 'histories'], 'readwrite');
    // A refused write (quota) rejects the put and the transaction both; the put's error is the one reported.
    tx.done.catch(() => undefined);
    const writes = [
      tx.objectStore('documents').put({ ...record, updatedAt: this.now() }),
      tx.objectStore('histories').put({ id: record.id, ...history }),
    ];
    // Commit now rather than when the page next idles: the page may be closing.
    tx.commit?.();
    await Promise.all([...writes, tx.done]);
  }

  async rename(id: string, name: string): Promise<void> {
    await this.update(id, (record) => ({ ...record, name, renamed: true }));
  }

  /** A copy under a new name; the copy starts without undo history. */
  async duplicate(id: string, names: readonly string[]): Promise<DocumentRecord> {
    const original = await this.get(id);
    if (!original) throw new Error(`no document ${id}`);
    const time = this.now();
    const copy: DocumentRecord = {
      id: newId('doc'),
      name: getCopyName(original.name, names),
      document: original.document,
      createdAt: time,
      updatedAt: time,
      renamed: true,
    };
    await this.db.add('documents', copy);
    return copy;
  }

  async moveToBin(id: string): Promise<void> {
    await this.update(id, (record) => ({ ...record, deletedAt: this.now() }));
  }

  async restore(id: string): Promise<void> {
    await this.update(id, ({ deletedAt: _, ...record }) => record);
  }

  async deleteForever(id: string): Promise<void> {
    const tx = this.db.transaction(['documents', 'histories'], 'readwrite');
    await Promise.all([tx.objectStore('documents').delete(id), tx.objectStore('histories').delete(id), tx.done]);
  }

  /** Deletes what has been in the bin for more than 30 days; returns how many. */
  async emptyOldBin(): Promise<number> {
    const limit = this.now() - BIN_DAYS * DAY;
    const old = (await this.list()).filter((record) => record.deletedAt !== undefined && record.deletedAt < limit);
    for (const record of old) await this.deleteForever(record.id);
    return old.length;
  }

  async getSetting(key: SettingKey): Promise<string | undefined> {
    return this.db.get('settings', key);
  }

  async setSetting(key: SettingKey, value: string): Promise<void> {
    await this.db.put('settings', value, key);
  }

  async clearSetting(key: SettingKey): Promise<void> {
    await this.db.delete('settings', key);
  }

  private async update(id: string, change: (record: DocumentRecord) => DocumentRecord): Promise<void> {
    const tx = this.db.transaction('documents', 'readwrite');
    tx.done.catch(() => undefined);
    const record = await tx.store.get(id);
    if (record) await tx.store.put(change(record));
    await tx.done;
  }
}
