// Only the browser PNG bench (A1 at 300 dpi, and the naive export beside it):
// node --import tsx bench/browserPngOnly.ts [runs]. Builds into a temporary folder of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchBrowserPng } from './browserPng.bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'trappa-bench-'));
try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const before = loadavg()[0];
  const result = await benchBrowserPng(root, Number(process.argv[2] ?? 3), outDir);
  console.log(JSON.stringify({ ...result, load: [before, loadavg()[0]] }, null, 1));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
