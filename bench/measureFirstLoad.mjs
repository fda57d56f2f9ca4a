// Size of the JavaScript the first page load fetches (entry script and its preloaded chunks), gzip.
// Plain JavaScript, so both the bench (tsx) and the end-to-end tests (node) use this one measure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** The first-load budget of issue 18, in bytes of gzip. */
export const FIRST_LOAD_BUDGET = 200 * 1024;

export function measureFirstLoad(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(scripts)].map((src) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\//, '')));
    return { file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), raw: files.reduce((n, f) => n + f.raw, 0) };
}
