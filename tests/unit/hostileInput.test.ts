// Files come from anywhere. Whatever is in them, the loader answers with a document or with
// problems (each with a path and a sentence), never with an exception, and text stays text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, describeProblem } from '@/i18n/translate';
import { loadDocument, saveDocument, type LoadResult } from '@/model/load';
import { openTrappText } from '@/storage/files';

const root = join(__dirname, '../..');
const gausdal = readFileSync(join(root, 'templates/gausdal.trapp.json'), 'utf8');
const t = createTranslator('nb');
const script = '<script>alert(1)</script><img src=x onerror="alert(2)">{{constructor.constructor("alert(3)")()}}';

type Path = (string | number)[];

/** Every path in a JSON value, containers and leaves. */
function getPaths(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => getPaths(v, [...path, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => getPaths(v, [...path, k]))];
  return here;
}

function withValue(source: string, path: Path, value: unknown): string {
  const raw = JSON.parse(source);
  if (path.length === 0) return JSON.stringify(value);
  let parent = raw;
  for (const key of path.slice(0, -1)) parent = parent[key];
  parent[path[path.length - 1]] = value;
  return JSON.stringify(raw);
}

const formatted = (path: Path) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');

function expectSentences(result: LoadResult) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    const sentence = describeProblem(t, problem);
    expect(sentence.length).toBeGreaterThan(5);
    expect(sentence).not.toMatch(/\{\w+\}/);
  }
}

describe('wrong types at every level of a real template', () => {
  const paths = getPaths(JSON.parse(gausdal)).filter((p) => p.length > 0 && p[0] !== 'format' && p[0] !== 'version');
  /** Values of other types than the one at a path: null, and the two types a mistaken program most likely writes. */
  const wrongFor = (original: unknown): unknown[] => {
    if (Array.isArray(original)) return [null, {}, 'tekst'];
    if (original === null) return [{}, 'tekst'];
    if (typeof original === 'object') return [null, [], 42];
    if (typeof original === 'string') return [null, 42, {}];
    if (typeof original === 'number') return [null, 'tekst', []];
    return [null, 'tekst', 1];
  };

  it(`checks ${paths.length} paths`, () => {
    expect(paths.length).toBeGreaterThan(300);
  });

  it('each wrong value is reported at its own path (or its parent), and nothing throws', () => {
    let checked = 0;
    for (const path of paths) {
      const original = path.reduce<any>((v, k) => v[k], JSON.parse(gausdal));
      for (const value of wrongFor(original)) {
        const result = loadDocument(withValue(gausdal, path, value));
        checked++;
        expectSentences(result);
        if (result.ok) continue;
        const target = formatted(path);
        const hit = result.problems.some(
          (p) => p.code === 'invalid' && (target === p.path || target.startsWith(p.path)),
        );
        expect(hit, `${target} = ${JSON.stringify(value)}: ${JSON.stringify(result.problems)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);
});

describe('script in every text field', () => {
  const raw = JSON.parse(gausdal);
  const textPaths = getPaths(raw).filter((p) => typeof p.reduce<any>((v, k) => v[k], raw) === 'string');

  it('loads as plain text, kept verbatim, where the field takes free text', () => {
    let loaded = 0;
    for (const path of textPaths) {
      const result = loadDocument(withValue(gausdal, path, script));
      expectSentences(result);
      if (!result.ok) {
        // Only fields with a fixed form refuse it: colours, enums, format, links.
        expect(result.problems.every((p) => p.code === 'invalid' || p.code === 'notTrappa')).toBe(true);
        continue;
      }
      loaded++;
      expect(path.reduce<any>((v, k) => v[k], result.document)).toBe(script);
      expect(loadDocument(saveDocument(result.document))).toEqual(result);
    }
    expect(loaded).toBeGreaterThan(textPaths.length / 2);
  });
});

describe('malformed files', () => {
  const depth = 50_000;
  it.each([
    ['truncated JSON', gausdal.slice(0, gausdal.length / 2)],
    ['JSON with a comment', `// kommentar\n${gausdal}`],
    ['a trailing comma', gausdal.replace(/\}\s*$/, ',}')],
    ['single quotes', "{'format': 'trappa'}"],
    ['NaN', '{"format":"trappa","version":NaN}'],
    ['deeply nested objects', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)],
    [
      'deeply nested steps',
      withValue(gausdal, ['steps'], 0).replace('"steps":0', `"steps":${'['.repeat(depth)}${']'.repeat(depth)}`),
    ],
    ['a huge string everywhere', withValue(gausdal, ['meta', 'title'], 'ø'.repeat(8_000_000))],
    ['a huge number', withValue(gausdal, ['meta', 'year'], 1e308 * 10)],
    ['a key named __proto__', gausdal.replace('"meta": {', '"meta": {"__proto__": {"polluted": true},')],
    [
      'a key named constructor',
      gausdal.replace('"meta": {', '"meta": {"constructor": {"prototype": {"polluted": true}},'),
    ],
    [
      '60 000 steps',
      withValue(
        gausdal,
        ['steps'],
        Array.from({ length: 60_000 }, (_, i) => ({ id: `s${i}` })),
      ),
    ],
    ['a BOM', `\ufeff${gausdal}`],
    ['NUL bytes', `\u0000\u0000${gausdal}`],
  ])('%s: a document or problems, never an exception', (_, source) => {
    const result = loadDocument(source);
    expectSentences(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => openTrappText(source, 'x.json')).not.toThrow();
  });
});

describe('text is rendered as text', () => {
  function listSources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listSources(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  }

  it.each(listSources(join(root, 'src')).map((file) => [file.slice(root.length + 1), file]))(
    '%s sets no HTML from strings',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      expect(source).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|srcdoc/,
      );
    },
  );
});
