// pdftotext runs with -raw: its default layout mode joins a line ending in a hyphen to the next.
// Runs the real readers the export tests check against (poppler, librsvg) and says how to get a missing one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packages: Record<string, string> = {
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  'rsvg-convert': 'librsvg2-bin',
  pngcheck: 'pngcheck',
};

export function runTool(
  tool: string,
  args: string[],
  input?: Uint8Array | string,
  env?: Record<string, string>,
): { stdout: Buffer; stderr: string; status: number } {
  const result = spawnSync(tool, args, { input, maxBuffer: 256 * 1024 * 1024, env: env && { ...process.env, ...env } });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${tool} is not installed; install the Debian package: apt-get install -y ${packages[tool] ?? tool}`,
    );
  }
  return { stdout: result.stdout, stderr: result.stderr.toString(), status: result.status ?? 1 };
}

const dir = mkdtempSync(join(tmpdir(), 'trappa-export-'));
let count = 0;

/** Writes bytes to a temporary file and returns its path, for tools that want a file name. */
export function writeTemp(bytes: Uint8Array | string, extension: string): string {
  const path = join(dir, `file-${++count}.${extension}`);
  writeFileSync(path, bytes);
  return path;
}

export function readPdfInfo(pdf: Uint8Array): Record<string, string> {
  const { stdout, stderr, status } = runTool('pdfinfo', ['-box', writeTemp(pdf, 'pdf')]);
  if (status !== 0) throw new Error(`pdfinfo failed: ${stderr}`);
  return Object.fromEntries(
    stdout
      .toString()
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export type PdfFont = { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean };

export function readPdfFonts(pdf: Uint8Array): PdfFont[] {
  const { stdout, stderr, status } = runTool('pdffonts', [writeTemp(pdf, 'pdf')]);
  if (status !== 0) throw new Error(`pdffonts failed: ${stderr}`);
  return stdout
    .toString()
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      // name type (may hold spaces) encoding emb sub uni objectId gen
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return {
        name: cols[0],
        type: cols.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
}

export function readPdfText(pdf: Uint8Array): string {
  const { stdout, stderr, status } = runTool('pdftotext', ['-raw', '-enc', 'UTF-8', writeTemp(pdf, 'pdf'), '-']);
  if (status !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout.toString('utf8');
}
