// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), its files in a data folder.
// No native build and no other process; one server process at a time per folder.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Storage } from './storage';

export async function openEmbedded(dataDir: string): Promise<Storage> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    description: `embedded (${dataDir})`,
    query: async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    createSchema: async (schema) => void (await db.exec(schema)),
    close: () => db.close(),
  };
}
