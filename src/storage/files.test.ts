import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import { saveDocument } from '@/model/load';
import { getFileName, getNameFromFile, MAX_FILE_BYTES, openTrappText, readTrappFile } from './files';
import { fitWithin, needsResize } from './imageLimits';

const file = (text: string | Uint8Array, name = 'trapp.trapp.json') =>
  new File([text as BlobPart], name, { type: 'application/json' });
const codes = (result: Awaited<ReturnType<typeof readTrappFile>>) =>
  result.ok ? [] : result.problems.map((p) => p.code);

describe('readTrappFile', () => {
  it('opens a saved document and names it after the file', async () => {
    const doc = createBlankDocument({ steps: 4, language: 'nn' });
    expect(await readTrappFile(file(saveDocument(doc), 'alver-2026.trapp.json'))).toEqual({
      ok: true,
      document: doc,
      name: 'alver-2026',
    });
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a corrupt file', '{"format":"trappa","version":1,"steps":[', 'notJson'],
    ['a file of another program', JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), 'notTrappa'],
    ['a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['a file from a newer Trappa', JSON.stringify({ format: 'trappa', version: 7 }), 'newerVersion'],
  ])('%s gives its own problem', async (_, content, code) => {
    expect(codes(await readTrappFile(file(content)))).toEqual([code]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = {
      size: MAX_FILE_BYTES + 1,
      name: 'stor.trapp.json',
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect(await readTrappFile(huge)).toEqual({
      ok: false,
      problems: [{ code: 'tooLarge', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }],
    });
  });

  it('reports a file that cannot be read', async () => {
    const broken = { size: 10, name: 'x.json', text: () => Promise.reject(new Error('gone')) } as unknown as File;
    expect(codes(await readTrappFile(broken))).toEqual(['unreadable']);
  });

  it('reports every invalid field with its path', async () => {
    const raw = JSON.parse(saveDocument(createBlankDocument({ steps: 3, language: 'nb' })));
    raw.steps[1].title = 5;
    raw.theme.accent = 'rød';
    const result = await openTrappText(JSON.stringify(raw), 'x.json');
    expect(result.ok ? [] : result.problems.map((p) => ('path' in p ? p.path : p.code))).toEqual([
      'theme.accent',
      'steps[1].title',
    ]);
  });
});

describe('file names', () => {
  it.each([
    ['Lillesand – innsatstrapp', 'Lillesand – innsatstrapp.trapp.json'],
    ['../../etc/passwd', 'etc-passwd.trapp.json'],
    ['a<b>:c*?"d|e', 'a-b-c-d-e.trapp.json'],
    ['   ', 'trapp.trapp.json'],
  ])('%j is saved as %j', (name, fileName) => {
    expect(getFileName(name)).toBe(fileName);
  });

  it('takes the extension off a file name', () => {
    expect(getNameFromFile('Gausdal.TRAPP.JSON')).toBe('Gausdal');
    expect(getNameFromFile('plan.json')).toBe('plan');
  });
});

describe('image limits', () => {
  it('scales the longest side down to 2400 keeping proportions', () => {
    expect(fitWithin({ width: 8000, height: 6000 })).toEqual({ width: 2400, height: 1800 });
    expect(fitWithin({ width: 1000, height: 20000 })).toEqual({ width: 120, height: 2400 });
    expect(fitWithin({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
    expect(fitWithin({ width: 0, height: NaN })).toEqual({ width: 1, height: 1 });
  });

  it('resizes what is too wide or too heavy', () => {
    expect(needsResize({ width: 6000, height: 4000 }, 100_000)).toBe(true);
    expect(needsResize({ width: 1200, height: 800 }, 40 * 1024 * 1024)).toBe(true);
    expect(needsResize({ width: 1200, height: 800 }, 300_000)).toBe(false);
  });
});
