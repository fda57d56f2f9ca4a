import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createBlankDocument } from './defaults';
import { formatPath, loadDocument, saveDocument, type LoadProblem, type LoadResult } from './load';
import { limits } from './limits';
import { migrate, type Migration } from './migrations';

const blank = () => createBlankDocument({ steps: 5, language: 'nb' });

/** A saved blank document, changed by `edit` on its parsed JSON. */
function sourceWith(edit: (raw: any) => void): string {
  const raw = JSON.parse(saveDocument(blank()));
  edit(raw);
  return JSON.stringify(raw);
}

function problemsOf(result: LoadResult): LoadProblem[] {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

const paths = (result: LoadResult) => problemsOf(result).map((p) => (p.code === 'invalid' ? p.path : `<${p.code}>`));

describe('loadDocument: not a Trappa file', () => {
  it.each([
    ['empty string', '', 'empty'],
    ['whitespace', '  \n\t \r\n ', 'empty'],
    ['prose', 'Dette er ikke JSON', 'notJson'],
    ['truncated JSON', saveDocument(blank()).slice(0, 200), 'notJson'],
    ['package.json', '{"name":"trappa","version":"1.0.0","dependencies":{}}', 'notTrappa'],
    ['array', '[1, 2, 3]', 'notTrappa'],
    ['number', '42', 'notTrappa'],
    ['null', 'null', 'notTrappa'],
    ['string', '"trappa"', 'notTrappa'],
    ['missing format', sourceWith((raw) => delete raw.format), 'notTrappa'],
    ['another format', sourceWith((raw) => (raw.format = 'excalidraw')), 'notTrappa'],
  ])('%s gives one %s problem', (_, source, code) => {
    const problems = problemsOf(loadDocument(source));
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe(code);
  });

  it('says why the JSON is broken', () => {
    const [problem] = problemsOf(loadDocument('{"format": "trappa",'));
    expect(problem.code === 'notJson' && problem.detail.length > 0).toBe(true);
  });
});

describe('loadDocument: version', () => {
  it('refuses a file from a newer Trappa and names its version', () => {
    expect(problemsOf(loadDocument(sourceWith((raw) => (raw.version = 99))))).toEqual([
      { code: 'newerVersion', version: 99 },
    ]);
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['a fraction', 1.5],
    ['zero', 0],
    ['negative', -3],
    ['null', null],
  ])('a version that is %s gives noVersion', (_, version) => {
    expect(problemsOf(loadDocument(sourceWith((raw) => (raw.version = version))))).toEqual([{ code: 'noVersion' }]);
  });
});

describe('loadDocument: invalid content is reported with its path', () => {
  it('a number as the fourth step title', () => {
    const problems = problemsOf(loadDocument(sourceWith((raw) => (raw.steps[3].title = 42))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid', path: 'steps[3].title', expected: 'string' });
  });

  it.each([
    ['an unsupported language', (raw: any) => (raw.meta.language = 'de'), 'meta.language'],
    ['a colour name instead of hex', (raw: any) => (raw.theme.accent = 'red'), 'theme.accent'],
    ['a bad step colour', (raw: any) => (raw.theme.stepColours[1] = '#12345'), 'theme.stepColours[1]'],
    ['a missing title', (raw: any) => delete raw.meta.title, 'meta.title'],
    ['missing steps', (raw: any) => delete raw.steps, 'steps'],
    ['a step without id', (raw: any) => delete raw.steps[0].id, 'steps[0].id'],
    ['an object for a list', (raw: any) => (raw.bands = {}), 'bands'],
    ['an unknown page size', (raw: any) => (raw.page.size = 'Letter'), 'page.size'],
  ])('%s', (_, edit, path) => {
    expect(paths(loadDocument(sourceWith(edit)))).toEqual([path]);
  });

  it('reports several problems at once, but not thousands', () => {
    const many = sourceWith((raw) => {
      raw.meta.language = 'de';
      raw.steps = Array.from({ length: 60 }, (_, i) => ({ ...raw.steps[0], id: `s${i}`, title: i }));
    });
    const problems = problemsOf(loadDocument(many));
    expect(problems.length).toBe(50);
    expect(paths(loadDocument(many))).toContain('meta.language');
  });
});

describe('loadDocument: hostile input never throws', () => {
  const depth = 100_000;
  it.each([
    ['100k nested arrays', '['.repeat(depth) + ']'.repeat(depth)],
    [
      '100k nested arrays as a title',
      sourceWith((raw) => (raw.steps[0].title = '@@')).replace('"@@"', '['.repeat(depth) + ']'.repeat(depth)),
    ],
    [
      '100k nested objects as a theme',
      sourceWith((raw) => (raw.theme = '@@')).replace('"@@"', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    ],
    ['100k unclosed arrays', '['.repeat(depth)],
  ])('%s', (_, source) => {
    const result = loadDocument(source);
    expect(result.ok).toBe(false);
    expect(problemsOf(result).length).toBeGreaterThan(0);
  });

  it('a 5 MB title is refused at its path; one at the limit loads whole', () => {
    const title = 'Trygg hjemme på Ørnåsen – '.repeat(200_000);
    const result = loadDocument(sourceWith((raw) => (raw.steps[0].title = title)));
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: 'steps[0].title', expected: 'too_big', limit: limits.textLength }),
    ]);
    const longest = 'ø'.repeat(limits.textLength);
    const loaded = loadDocument(sourceWith((raw) => (raw.steps[0].title = longest)));
    expect(loaded.ok && loaded.document.steps[0].title).toBe(longest);
  });

  it('a __proto__ key does not pollute objects', () => {
    const result = loadDocument(
      sourceWith((raw) => (raw.meta = { ...raw.meta, polluted: 1 })).replace('"polluted"', '"__proto__"'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
  });
});

describe('saveDocument and loadDocument', () => {
  it.each([1, 13, 30])('a blank document of %i steps round-trips unchanged', (steps) => {
    const doc = createBlankDocument({ steps, language: 'nn', size: 'A4', orientation: 'portrait' });
    const result = loadDocument(saveDocument(doc));
    expect(result).toEqual({ ok: true, document: doc });
  });

  it('keeps optional fields and saves the same text again', () => {
    const doc = blank();
    const [a, b] = doc.steps;
    const rich = {
      ...doc,
      bands: [{ id: 'b1', label: 'Forebygging', firstStep: a.id, lastStep: b.id, colour: '#aabbcc' }],
      steps: [{ ...a, callout: 'Er hjemmet ditt klart?', style: { fontScale: 1.2 } }, ...doc.steps.slice(1)],
    };
    const result = loadDocument(saveDocument(rich));
    expect(result).toEqual({ ok: true, document: rich });
    expect(result.ok && saveDocument(result.document)).toBe(saveDocument(rich));
  });
});

// Synthetic history: v1 steps had `name`, v2 renamed it to `title`, v3 added `axis`.
const renameStepName: Migration = {
  name: 'RenameStepNameToTitle',
  from: 1,
  up: (doc) => ({ ...doc, steps: (doc.steps as any[]).map(({ name, ...step }) => ({ ...step, title: name })) }),
};
const addAxis: Migration = {
  name: 'AddAxis',
  from: 2,
  up: (doc) => ({ ...doc, axis: { label: '', start: '', end: '' } }),
};

describe('migrate', () => {
  const v1 = { format: 'trappa', version: 1, steps: [{ id: 's1', name: 'Hverdagsmestring' }] };

  it('applies each named step in order and stamps the version', () => {
    expect(migrate(v1, 1, 3, [addAxis, renameStepName])).toEqual({
      format: 'trappa',
      version: 3,
      steps: [{ id: 's1', title: 'Hverdagsmestring' }],
      axis: { label: '', start: '', end: '' },
    });
  });

  it('starts from the file version, not from the first step', () => {
    const up = vi.fn(renameStepName.up);
    expect(migrate({ ...v1, version: 2 }, 2, 3, [{ ...renameStepName, up }, addAxis])).toMatchObject({
      version: 3,
      axis: {},
    });
    expect(up).not.toHaveBeenCalled();
  });

  it('does nothing when the file is current', () => {
    expect(migrate(v1, 1, 1, [])).toBe(v1);
  });

  it('throws naming the missing step', () => {
    expect(() => migrate(v1, 1, 3, [renameStepName])).toThrow(/version 2/);
  });
});

describe('loadDocument with migrations (a format at version 3)', () => {
  async function importLoadAtVersion3() {
    vi.resetModules();
    vi.doMock('./schema', async (importOriginal) => {
      const real = await importOriginal<typeof import('./schema')>();
      return { ...real, CURRENT_VERSION: 3, documentSchema: real.documentSchema.extend({ version: z.literal(3) }) };
    });
    try {
      return await import('./load');
    } finally {
      vi.doUnmock('./schema');
    }
  }
  const v1Source = sourceWith((raw) => {
    delete raw.axis;
    raw.steps = raw.steps.map(({ title, ...step }: any) => ({ ...step, name: title }));
  });

  it('brings a version 1 file up to date', async () => {
    const { loadDocument: load } = await importLoadAtVersion3();
    const result = load(v1Source, [renameStepName, addAxis]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.version).toBe(3);
    expect(result.document.steps.map((s) => s.title)).toEqual(blank().steps.map((s) => s.title));
    expect(result.document.axis).toEqual({ label: '', start: '', end: '' });
  });

  it('a missing step gives migrationFailed', async () => {
    const { loadDocument: load } = await importLoadAtVersion3();
    const [problem] = problemsOf(load(v1Source, [renameStepName]));
    expect(problem).toMatchObject({ code: 'migrationFailed' });
    expect(problem.code === 'migrationFailed' && problem.detail).toMatch(/version 2/);
  });

  it('a step that throws gives migrationFailed', async () => {
    const { loadDocument: load } = await importLoadAtVersion3();
    const broken: Migration = {
      name: 'Broken',
      from: 1,
      up: () => {
        throw new Error('boom');
      },
    };
    expect(problemsOf(load(v1Source, [broken, addAxis]))).toEqual([{ code: 'migrationFailed', detail: 'boom' }]);
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['steps', 3, 'title'], 'steps[3].title'],
    [['meta', 'language'], 'meta.language'],
    [[0, 'id'], '[0].id'],
    [['theme', 'stepColours', 2], 'theme.stepColours[2]'],
    [['tracks', 0, 'columns', 1, 'cells', 'row-1'], 'tracks[0].columns[1].cells.row-1'],
    [['steps', 0, 'sections', 1, 'items', 2, 'items', 0, 'text'], 'steps[0].sections[1].items[2].items[0].text'],
  ] as [PropertyKey[], string][])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
