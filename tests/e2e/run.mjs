// Runs the end-to-end tests: makes sure Chromium is there, builds the app, serves the build on
// localhost and runs every tests/e2e/*.test.mjs with Node's test runner.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { ensureSystemTools } from '../systemTools.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

ensureSystemTools(['chromium', 'fonts-liberation']);
// Each run builds into its own folder, so two runs at once (or `npm run build`) do not clash.
const outDir = mkdtempSync(join(tmpdir(), 'trappa-e2e-'));
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  build: { outDir },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => `tests/e2e/${f}`);
const only = process.argv.slice(2);
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...(only.length ? only : files)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TRAPPA_URL: url, TRAPPA_DIST: outDir },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
rmSync(outDir, { recursive: true, force: true });
process.exit(code);
