// Only the canvas bench (drag and typing in Chromium), for when the rest is not wanted:
// node --import tsx bench/canvasOnly.ts. Builds into a temporary folder of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchCanvasEditing } from './canvasDrag.bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'trappa-bench-'));
try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  console.log(JSON.stringify(await benchCanvasEditing(root, outDir), null, 1));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
