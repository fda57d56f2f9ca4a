// Runs the end-to-end tests: checks for Chromium, builds the app, serves the build on
// localhost and runs every tests/e2e/*.test.mjs with Node's test runner.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromiumPath, hasChromium } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function ensureChromium() {
  if (hasChromium()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium is missing; installing Debian\'s chromium package with apt-get …');
    const result = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    if (result.status === 0 && hasChromium()) return;
  }
  console.error(
    `The end-to-end tests need Chromium at ${chromiumPath}, and it is not there.\n` +
      'Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at another Chromium binary.',
  );
  process.exit(1);
}

ensureChromium();
await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
const server = await preview({ root, preview: { port: 4173, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `tests/e2e/${f}`);
const only = process.argv.slice(2);
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...(only.length ? only : files)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TRAPPA_URL: url },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
process.exit(code);
