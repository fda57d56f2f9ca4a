// `npm run export` on trapps nobody shaped for the layout, A3 landscape: the poster shows what fits,
// and the command says which services are on the step pages only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TrappDocument } from '@/model/types';
import {
  createFiveShortTitles,
  createSevenStepServices,
  createTwelveLongServices,
  sevenStepServices,
} from '../tests/unit/fixtures/unshapedTrapps';
import { readPdfText, runTool } from './testing/readers';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trappa-poster-'));

/** Writes the document to a file and exports it as an A3 landscape PDF from the command line. */
function exportA3(name: string, doc: TrappDocument) {
  const file = join(dir, `${name}.trapp.json`);
  writeFileSync(file, JSON.stringify(doc));
  const out = join(dir, `${name}.pdf`);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'export/cli.ts',
      file,
      '--format',
      'pdf',
      '--page',
      'A3',
      '--orientation',
      'landscape',
      '--out',
      out,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, pdf: readFileSync(out) };
}

/** Each word's height on the page, from poppler's word boxes: proportional to its type size. */
function getWordHeights(pdf: Uint8Array): Map<string, number> {
  const file = join(dir, `words-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const html = runTool('pdftotext', ['-bbox', file, '-']).stdout.toString();
  const words = [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<\/word>/g),
  ];
  return new Map(words.map(([, top, bottom, text]) => [text, Number(bottom) - Number(top)]));
}

describe('npm run export on unshaped trapps, A3 landscape', { timeout: 60_000 }, () => {
  it('draws five short titles at 18 pt or more', () => {
    const result = exportA3('five', createFiveShortTitles());
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('trinnsiden');
    const heights = getWordHeights(result.pdf);
    // The document's title is set at 26 pt: a word's height is proportional to its size.
    const perPoint = heights.get('Innsatstrappa')! / 26;
    for (const title of ['Egenmestring', 'Hjemmetjenester', 'Sykehjem'])
      expect(heights.get(title)! / perPoint).toBeGreaterThanOrEqual(18);
  });

  it('draws every one of 23 short services of seven steps on the overview page', () => {
    const result = exportA3('seven', createSevenStepServices());
    expect(result.status).toBe(0);
    const text = readPdfText(result.pdf).replace(/\s+/g, ' ');
    for (const service of sevenStepServices.flatMap(([, services]) => services)) expect(text).toContain(service);
    expect(text).not.toMatch(/\+ \d+ til/);
    expect(result.stdout).not.toContain('trinnsiden');
  });

  it('shows "+ N til" on twelve steps with long services and prints which services are on the step pages only', () => {
    const result = exportA3('twelve', createTwelveLongServices());
    expect(result.status).toBe(0);
    expect(readPdfText(result.pdf)).toMatch(/\+ \d til/);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('Ikke alle tjenester får plass på oversikten:');
    expect(lines.filter((line) => line.startsWith('  - Trinn '))).toHaveLength(12);
    expect(result.stdout).toContain('Trinn 12, bare på trinnsiden: ');
    expect(result.stdout).toContain('Korttidsopphold for utredning, behandling og rehabilitering etter sykehusopphold');
  });
});
