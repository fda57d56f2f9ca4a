import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cliArgs';
import { decodePng } from './testing/pixels';
import { readPdfInfo, runTool } from './testing/readers';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trappa-cli-'));
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'export/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('parseCliArgs', () => {
  it('reads every option, and the format from the file name when not given', () => {
    const parsed = parseCliArgs([
      'lillesand',
      '--page',
      'a3',
      '--orientation=portrait',
      '--pages',
      'all',
      '--bleed',
      '3',
      '--crop-marks',
      '--dpi',
      '300',
      '--margin',
      '5',
      '--out',
      'x.PDF',
    ]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        input: 'lillesand',
        out: 'x.PDF',
        format: 'pdf',
        options: {
          size: 'A3',
          orientation: 'portrait',
          pages: 'all',
          bleedMm: 3,
          cropMarks: true,
          dpi: 300,
          marginMm: 5,
        },
      },
    });
    expect(parseCliArgs(['a', '--print-shop', '--out', 'x.svg'])).toMatchObject({
      ok: true,
      args: { format: 'svg', options: { bleedMm: 3, cropMarks: true } },
    });
    expect(
      parseCliArgs(['a', '--width', '2000', '--transparent', '--outlines', '--no-relayout', '--out', 'x.png']),
    ).toEqual({
      ok: true,
      args: {
        input: 'a',
        out: 'x.png',
        format: 'png',
        options: { pixelWidth: 2000, transparent: true, outlines: true, relayout: false },
      },
    });
  });

  it.each([
    [['--out', 'x.pdf'], 'export.cli.noInput'],
    [['a'], 'export.cli.noOut'],
    [['a', '--out', 'x.doc'], 'export.cli.noFormat'],
    [['a', '--format', 'jpg', '--out', 'x'], 'export.cli.badValue'],
    [['a', '--bleed', '40', '--out', 'x.pdf'], 'export.cli.badValue'],
    [['a', '--dpi', 'many', '--out', 'x.pdf'], 'export.cli.badValue'],
    [['a', '--pages', 'some', '--out', 'x.pdf'], 'export.cli.badValue'],
    [['a', '--colour', 'red', '--out', 'x.pdf'], 'export.cli.badOption'],
    [['a', '--out'], 'export.cli.missingValue'],
    [['a', '--width', '1500.5', '--out', 'x.png'], 'export.cli.badValue'],
    [['a', '--width', '8', '--out', 'x.png'], 'export.cli.badValue'],
  ])('%j is refused with %s', (argv, key) => {
    expect(parseCliArgs(argv)).toMatchObject({ ok: false, problem: { key } });
  });
});

// Each run starts Node with tsx: about a second or two.
describe('npm run export', { timeout: 30_000 }, () => {
  it('writes an A3 PDF of all pages of a template, given by its id', () => {
    const out = join(dir, 'alver.pdf');
    const result = cli('alver', '--format', 'pdf', '--page', 'A3', '--pages', 'all', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Alver is written in nynorsk, and the command line speaks the document's language.
    expect(result.stdout).toMatch(/^Skreiv .*alver\.pdf \(\d+ KB\)\./);
    expect(readPdfInfo(readFileSync(out))).toMatchObject({ Pages: '14', Author: 'Alver' });
  });

  it('exits with a Norwegian message naming the problem for a bad file, a missing template and a bad option', () => {
    const bad = join(dir, 'bad.trapp.json');
    writeFileSync(bad, JSON.stringify({ format: 'trappa', version: 1, meta: { municipality: 3 } }));
    const badFile = cli(bad, '--out', join(dir, 'x.pdf'));
    expect(badFile.status).toBe(2);
    expect(badFile.stderr).toContain('Kan ikke eksportere');
    expect(badFile.stderr).toContain('meta.municipality: forventet tekst');
    const missing = cli('tromso', '--out', join(dir, 'x.pdf'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Finner verken filen eller malen «tromso»\. Maler: alver, gausdal, lillesand/);
    const option = cli('alver', '--format', 'pdf', '--page', 'B5', '--out', join(dir, 'x.pdf'));
    expect(option.status).toBe(1);
    expect(option.stderr).toContain('Ugyldig verdi for --page: «B5»');
    const notJson = join(dir, 'not.trapp.json');
    writeFileSync(notJson, '{ not json');
    expect(cli(notJson, '--out', join(dir, 'x.pdf')).stderr).toContain('ikke en gyldig JSON-fil');
  });

  it('writes one numbered SVG per sheet for all pages', () => {
    const out = join(dir, 'gausdal.svg');
    const result = cli('gausdal', '--pages', 'all', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(dir, 'gausdal-01.svg'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('writes a transparent PNG of the width asked for, its resolution in pHYs to match', () => {
    const out = join(dir, 'alver.png');
    const result = cli('alver', '--width', '1000', '--transparent', '--out', out);
    expect(result.status).toBe(0);
    const check = runTool('pngcheck', ['-v', out]).stdout.toString();
    expect(check).toMatch(/1000 x 707 image, 32-bit RGB\+alpha/);
    // A3 is 420 mm wide: 1000 px on it is 60.5 dpi, 2381 pixels per metre.
    expect(check).toMatch(/2381 pixels\/meter \(60 dpi\)/);
    const png = decodePng(readFileSync(out));
    expect(png.data[3]).toBe(0);
    expect(png.data.some((v, i) => i % 4 === 3 && v === 255)).toBe(true);
  });

  it('writes an SVG with its text as outlines that rsvg-convert renders', () => {
    const out = join(dir, 'nordre-land.svg');
    expect(cli('nordre-land', '--outlines', '--out', out).status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(runTool('rsvg-convert', ['--format', 'png', '--width', '600'], svg)).toMatchObject({
      status: 0,
      stderr: '',
    });
  });

  it('stops quietly when its reader closes the pipe (npm run export ... | head -0): exit 0, no message, the file written', async () => {
    const out = join(dir, 'piped.html');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'export/cli.ts', 'alver', '--format', 'html', '--out', out],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });
});
