// The bokmål strings in src/i18n/nbLater.ts are not in the first page load: only parts that load
// later (through a dynamic import, which lazyWithStrings pairs with those strings) may show them.
// This follows src/main.tsx's static imports through src and checks none of the files reached names one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { nb } from '@/i18n/nb';
import { nbLater } from '@/i18n/nbLater';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(src, specifier.slice(2))
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (file) => /\.tsx?$/.test(file) && existsSync(file),
  );
}

/** Static imports and re-exports that load a module (a type-only import does not). */
const staticImports = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);

function firstLoadFiles(entry: string): string[] {
  const seen = new Set<string>([entry]);
  for (const file of seen)
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolve(file, specifier);
      if (target) seen.add(target);
    }
  return [...seen];
}

const laterKeys = Object.keys(nbLater);
const laterGroups = [...new Set(laterKeys.map((key) => key.split('.')[0]))];

test('no file of the first page load shows a string that loads later', () => {
  const files = firstLoadFiles(join(src, 'main.tsx'));
  expect(files.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const file of files.filter((f) => !/src\/i18n\/(nb|nn|en|nbLater)\.ts$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const key of laterKeys)
      if (new RegExp(`['"\`]${key.replace(/[.-]/g, '\\$&')}['"\`]`).test(text))
        found.push(`${relative(root, file)}: ${key}`);
    // A key put together in a template (`theme.${name}`) names its group.
    for (const group of laterGroups)
      if (text.includes(`\`${group}.`)) found.push(`${relative(root, file)}: \`${group}.…\``);
  }
  expect(found).toEqual([]);
});

test('the two bokmål parts share no key', () => {
  expect(laterKeys.filter((key) => key in nb)).toEqual([]);
});
