// One storage interface, two adapters (embedded PGlite in a data folder, PostgreSQL through
// DATABASE_URL) that run the very same SQL: both speak PostgreSQL, so there is one schema and
// one code path (server/store.ts) whichever is used.
export interface Storage {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs the schema's statements once, safe when several processes start at once. */
  createSchema(schema: string): Promise<void>;
  close(): Promise<void>;
  /** For messages: 'postgresql' or 'embedded (<folder>)'. */
  readonly description: string;
}

export const SCHEMA = `
create table if not exists users (
  id text primary key,
  name text not null unique,
  password_hash text not null,
  created_at bigint not null
);
create table if not exists sessions (
  token_hash text primary key,
  user_id text not null references users(id) on delete cascade,
  created_at bigint not null
);
create table if not exists documents (
  id text primary key,
  owner_id text not null references users(id) on delete cascade,
  title text not null,
  state bytea not null,
  json text not null,
  published boolean not null default false,
  updated_at bigint not null
);
create table if not exists shares (
  id text primary key,
  document_id text not null references documents(id) on delete cascade,
  token_hash text not null unique,
  role text not null check (role in ('edit', 'view')),
  revoked boolean not null default false,
  created_at bigint not null
);
create index if not exists documents_owner on documents(owner_id);
create index if not exists shares_document on shares(document_id);
`;

/** PostgreSQL when `databaseUrl` is given, otherwise PostgreSQL embedded (PGlite) in `dataDir`. */
export async function openStorage(options: { databaseUrl?: string; dataDir: string }): Promise<Storage> {
  const storage = options.databaseUrl
    ? await (await import('./postgresStorage')).openPostgres(options.databaseUrl)
    : await (await import('./embeddedStorage')).openEmbedded(options.dataDir);
  await storage.createSchema(SCHEMA);
  return storage;
}
