// `npm run import` and `npm run export -- <text, web page or Word file>`: the editor's importer on the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/model/load';
import { makeDocx } from '../tests/unit/fixtures/outlines/docx';
import { readPdfText } from './testing/readers';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trappa-import-'));
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

const page = `<html><body><nav><a href="/">Forsiden</a></nav><h1>Innsatstrapp for Bakkeby kommune</h1>
<h2>Trinn 2: Hjemmetjenester</h2><ul><li>Hjemmesykepleie</li><li>Trygghetsalarm</li></ul>
<h2>Trinn 1: Lokalsamfunn</h2><ul><li>Frivilligsentral</li></ul><h2>Kontakt oss</h2><p>Telefon: 99 99 99 99</p></body></html>`;

describe('npm run import', () => {
  it('writes the document and prints the steps, their order, the language, the municipality and what was left out', () => {
    const input = join(dir, 'side.html');
    const out = join(dir, 'side.trapp.json');
    writeFileSync(input, page);
    const result = run('export/importCli.ts', input, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      '2 trinn (linjer med «Trinn N» (2)), trinnene sto ovenfra og ned, snudd slik at trinn 1 er nederst; språk: bokmål; kommune: Bakkeby; tittel: «Innsatstrapp»; 3 tjenester.',
    );
    expect(lines.slice(1, 3)).toEqual([
      '  Trinn 1: Lokalsamfunn (1 tjeneste)',
      '  Trinn 2: Hjemmetjenester (2 tjenester)',
    ]);
    expect(lines).toContain('  Utelatt: Kontakt oss');
    const loaded = loadDocument(readFileSync(out, 'utf8'));
    expect(
      loaded.ok && loaded.document.steps.map((s) => [s.title, s.sections.flatMap((x) => x.items.map((i) => i.text))]),
    ).toEqual([
      ['Lokalsamfunn', ['Frivilligsentral']],
      ['Hjemmetjenester', ['Hjemmesykepleie', 'Trygghetsalarm']],
    ]);
  });

  it('says why a file cannot be imported and writes nothing', () => {
    const notWord = join(dir, 'plan.docx');
    writeFileSync(notWord, 'Dette er ren tekst');
    const result = run('export/importCli.ts', notWord, '--out', join(dir, 'x.trapp.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ikke et Word-dokument');
    const empty = join(dir, 'tom.txt');
    writeFileSync(empty, '\n\n');
    expect(run('export/importCli.ts', empty).stderr).toContain('ingen tekst å lese');
  });
});

describe('npm run export from a Word file', () => {
  it('makes a PDF with every step and service of the file', () => {
    const input = join(dir, 'plan.docx');
    const services = [['Turlag', 'Seniorsenter'], ['Hjemmesykepleie', 'Matombringing'], ['Korttidsopphold']];
    const titles = ['Egenmestring', 'Hjemmebaserte tjenester', 'Sykehjem'];
    writeFileSync(
      input,
      makeDocx(
        titles.flatMap((text, i) => [
          { text, style: 'Overskrift1' },
          ...services[i].map((s) => ({ text: s, list: { numId: 1 } })),
        ]),
      ),
    );
    const out = join(dir, 'plan.pdf');
    const result = run('export/cli.ts', input, '--format', 'pdf', '--pages', 'all', '--out', out);
    expect(result.status).toBe(0);
    const text = readPdfText(readFileSync(out)).replace(/\s+/g, ' ');
    for (const words of [...titles, ...services.flat()]) expect(text).toContain(words);
  });
});
