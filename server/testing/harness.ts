// Test helpers: a server on 127.0.0.1 with a free port and a temporary data folder, the JSON
// API, and Node Yjs clients through @hocuspocus/provider with the `ws` WebSocket.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readConfig, type ServerConfig } from '../config';
import { startServer } from '../app';
import { loadParsed } from '@/model/load';
import { openStorage } from '../storage';
import { createStore } from '../store';

export const root = new URL('../../', import.meta.url).pathname;
export const templateText = (id: string) => readFileSync(join(root, 'templates', `${id}.trapp.json`), 'utf8');

export async function startTestServer(overrides: Partial<ServerConfig> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'trappa-server-'));
  const config = {
    ...readConfig({}, root),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    distDir: join(dataDir, 'no-dist'),
    ...overrides,
  };
  const server = await startServer(config);
  return {
    ...server,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * One server for a test file: started before its tests, stopped after them together with every
 * client `open` connected, then `cleanup` runs. Read `server` inside tests, once it has started.
 */
export function useTestServer(overrides: Partial<ServerConfig> = {}, cleanup?: () => void) {
  let started: TestServer | undefined;
  const clients: Client[] = [];
  beforeAll(async () => {
    started = await startTestServer(overrides);
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await started?.stop();
    cleanup?.();
  }, 30_000);
  const current = (): TestServer => {
    if (!started) throw new Error('the test server has not started');
    return started;
  };
  return {
    get server() {
      return current();
    },
    open: (name: string, token: string | null): Client => {
      const client = connect(current().wsUrl, name, token);
      clients.push(client);
      return client;
    },
  };
}

export async function call(base: string, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** A user with one document made from a template; returns the session and the document id. */
/** A share link to document `id`, made by its owner's `session`: its id (to revoke it) and its token. */
export async function createShare(base: string, id: string, role: 'edit' | 'view', session: string) {
  const response = await call(base, 'POST', `/api/documents/${id}/shares`, { role }, session);
  return response.json as { id: string; token: string };
}

export async function ownerWithDocument(base: string, name: string, template = 'alver') {
  const user = await call(base, 'POST', '/api/users', { name, password: 'passord-123' });
  const session: string = user.json.session;
  const created = await call(base, 'POST', '/api/documents', templateText(template), session);
  return { session, id: created.json.id as string };
}

export type Client = {
  provider: HocuspocusProvider;
  ydoc: Y.Doc;
  closed: string[];
  authFailed: () => boolean;
  destroy(): void;
};

export function connect(wsUrl: string, name: string, token: string | null): Client {
  const ydoc = new Y.Doc();
  const closed: string[] = [];
  let failed = false;
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name,
    token,
    document: ydoc,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly in tests (the defaults start at 1 s and double).
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
    onClose: ({ event }) => void closed.push(event.reason),
    onAuthenticationFailed: () => void (failed = true),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { provider, ydoc, closed, authFailed: () => failed, destroy: () => provider.destroy() };
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const synced = (client: Client, timeoutMs = 15_000) =>
  waitFor(() => client.provider.isSynced, timeoutMs, 'sync');
/** Every change this client made has been acknowledged by the server. */
export const acknowledged = (client: Client, timeoutMs = 15_000) =>
  waitFor(() => client.provider.isSynced && client.provider.unsyncedChanges === 0, timeoutMs, 'acknowledgement');

/** The client has received everything `source` holds (state vectors compared). */
export function hasAll(client: Y.Doc, source: Y.Doc): boolean {
  const mine = Y.decodeStateVector(Y.encodeStateVector(client));
  for (const [id, clock] of Y.decodeStateVector(Y.encodeStateVector(source)))
    if ((mine.get(id) ?? 0) < clock) return false;
  return true;
}

/** JSON with every object's keys sorted: Y.Map keeps no key order, so two equal maps may list keys differently. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The document as the database holds it (its JSON column, through the loader), read after the server is done. */
export async function readStoredDocument(
  options: { databaseUrl?: string; dataDir: string },
  id: string,
): Promise<unknown> {
  const storage = await openStorage(options);
  try {
    const row = await createStore(storage).getDocument(id);
    const stored = row ? loadParsed(JSON.parse(row.json)) : undefined;
    return stored?.ok ? stored.document : undefined;
  } finally {
    await storage.close();
  }
}
