// `npm run server` on a free loopback port, serving the build the e2e runner made (TRAPPA_DIST),
// with its embedded storage in a temporary folder: for the e2e tests of sharing and co-editing.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export async function startTrappaServer() {
  assert.ok(process.env.TRAPPA_DIST, 'run through tests/e2e/run.mjs, which builds the app and sets TRAPPA_DIST');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'trappa-server-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DIST_DIR: process.env.TRAPPA_DIST,
      SKIP_BUILD: '1',
      STORE_DEBOUNCE_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (data) => {
      output += data;
      if (output.includes('listening on')) (clearTimeout(timer), resolve());
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited ${code}:\n${output}`))));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON API call to the server (`body` as text is sent as it is, e.g. a .trapp.json file); fails the test on an error status. */
export async function callApi(server, method, path, body, token) {
  const res = await fetch(server.url + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** The server for a test file: started before its tests, stopped after them; `url` is set once it listens. */
export function useTrappaServer() {
  const server = { url: '' };
  let running;
  before(async () => {
    running = await startTrappaServer();
    server.url = running.url;
  });
  after(async () => {
    await running?.stop();
  });
  return server;
}

/** The shared document's status line (connected, offline, view only). */
export const collabStatus = (page) => page.locator('.collab-status');

/** The texts step `number` draws on the canvas, joined. */
export const stepText = async (page, number) =>
  (
    await page
      .getByRole('img', { name: new RegExp(`^Trinn ${number}:`) })
      .locator('text')
      .allTextContents()
  ).join(' ');
