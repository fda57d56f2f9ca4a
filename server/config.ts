// The server's settings, from the environment; every one has an embedded default, so
// `npm run server` needs no set-up.
import { resolve } from 'node:path';

export type ServerConfig = {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Origins allowed to open a WebSocket; empty: the server's own origin only. */
  allowedOrigins: string[];
  /** Built editor to serve at /; none when the folder does not exist. */
  distDir: string;
  maxMessageBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  /** How long after a change the document is written to the database. */
  storeDebounceMs: number;
  /** How often shares revoked through another server process are looked for. */
  revocationSweepMs: number;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServerConfig {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    host: env.HOST || '127.0.0.1',
    port: number('PORT', 8080),
    dataDir: resolve(root, env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    distDir: resolve(root, env.DIST_DIR || 'dist'),
    // Pictures travel inside the document (8 MB at most each, schema limits), so one message may be large.
    maxMessageBytes: number('MAX_MESSAGE_BYTES', 12 * 1024 * 1024),
    messagesPerSecond: number('MESSAGES_PER_SECOND', 100),
    messageBurst: number('MESSAGE_BURST', 300),
    storeDebounceMs: number('STORE_DEBOUNCE_MS', 1000),
    revocationSweepMs: number('REVOCATION_SWEEP_MS', 2000),
  };
}
