// The browser database Trappa keeps its library in. idb wraps IndexedDB's request/event API in
// promises and types the stores, and nothing more, so what is stored stays plain IndexedDB.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistorySnapshot } from '@/model/editor';

/** One document of the library. `document` is read back through the loader, never trusted as it is. */
export type DocumentRecord = {
  id: string;
  /** The library's name for the document (like a file name); the drawing's own title is in the document. */
  name: string;
  document: unknown;
  createdAt: number;
  updatedAt: number;
  /** When it was moved to the bin; the bin empties itself of documents older than 30 days. */
  deletedAt?: number;
  /**
   * Whether `name` is one the user gave (renamed, a copy, a name other than the default): otherwise
   * the library shows the document's municipality and title as they are now. Unset in older records.
   */
  renamed?: boolean;
};

/** The undo history saved with a document, and the format version of the document it applies to. */
export type HistoryRecord = HistorySnapshot & { id: string; version: number };

/** lastOpened: the document a start reopens; opening: one not drawn yet or whose drawing failed (see DrawGuard). */
export type SettingKey = 'lastOpened' | 'opening';

interface TrappaSchema extends DBSchema {
  documents: { key: string; value: DocumentRecord };
  histories: { key: string; value: HistoryRecord };
  settings: { key: SettingKey; value: string };
}

export type TrappaDb = IDBPDatabase<TrappaSchema>;

export const DATABASE_NAME = 'trappa';

export async function openTrappaDb(name = DATABASE_NAME): Promise<TrappaDb> {
  const db: TrappaDb = await openDB<TrappaSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('documents', { keyPath: 'id' });
      database.createObjectStore('histories', { keyPath: 'id' });
      database.createObjectStore('settings');
    },
    // Another tab runs a newer Trappa that needs a new database version: let it, rather than block it.
    blocking: () => db.close(),
  });
  return db;
}
