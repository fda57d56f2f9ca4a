// STYLE habit 1: the core (model, layout, scene, charts, export) imports no React, no React Flow,
// nothing from the UI or the canvas, and touches no DOM globals, so it runs in Node. Beyond that, the
// folders are layers, each building only on its own and lower ones: model < layout < scene <
// export/canvas < ui. A lower layer reaching up fails here with the offending import named.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreFolders = ['src/model', 'src/layout', 'src/scene', 'src/charts', 'export'];
const forbiddenPackages = /^(react|react-dom|@xyflow\/react)(\/.*)?$/;
const uiFolders = ['src/ui', 'src/canvas'].map((folder) => join(root, folder));
/**
 * The layers, lowest first; a file may import from its own layer and any lower one. Charts (curve
 * maths) sit with the model; the words (i18n) and the browser's storage build on the model beside
 * the layout; the canvas and the exports both draw the scene; the UI and the entry point are on top.
 */
const layers: readonly (readonly string[])[] = [
  ['src/model', 'src/charts'],
  ['src/layout', 'src/i18n', 'src/storage'],
  ['src/scene'],
  ['export', 'src/canvas'],
  // On top: the UI and the entry points, the module scripts index.html loads (main.tsx and any beside it).
  [
    'src/ui',
    ...[...readFileSync(join(root, 'index.html'), 'utf8').matchAll(/<script[^>]*\bsrc="\/(src\/[^"]+)"/g)].map(
      (m) => m[1],
    ),
  ],
];
const isUnder = (path: string, folders: string[]) =>
  folders.some((folder) => path === folder || path.startsWith(folder + '/'));
/** The layer a path belongs to, as [index, folder]; undefined outside src and export (templates, node_modules). */
function getLayer(path: string): [number, string] | undefined {
  for (const [index, folders] of layers.entries()) {
    const folder = folders.find((f) => isUnder(path.replace(/\.tsx?$/, ''), [join(root, f).replace(/\.tsx?$/, '')]));
    if (folder) return [index, folder];
  }
  return undefined;
}

function listSourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    // Tests beside the core may use what they like; the rule is for the code that ships.
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function getImports(source: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

const resolveImport = (file: string, specifier: string) =>
  specifier.startsWith('@/')
    ? join(root, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(file), specifier)
      : undefined;

/** Imports of one file that reach into a higher layer, as readable messages. */
function findLayerViolations(file: string, source: string): string[] {
  const from = getLayer(file);
  return getImports(source).flatMap((specifier) => {
    const target = resolveImport(file, specifier);
    const to = target && getLayer(target);
    return from && to && to[0] > from[0] ? [`imports ${specifier} from ${to[1]}, a layer above ${from[1]}`] : [];
  });
}

/** What is wrong with one core file, as readable messages. */
function findViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of getImports(source)) {
    if (forbiddenPackages.test(specifier)) problems.push(`imports ${specifier}`);
    const target = resolveImport(file, specifier);
    if (target && isUnder(target, uiFolders)) problems.push(`imports ${specifier} from the UI`);
    else problems.push(...findLayerViolations(file, `import '${specifier}';`));
  }
  // Comments may talk about "the document."; a URL's "//" is not a comment.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?<!:)\/\/.*$/gm, '');
  for (const match of code.matchAll(/(?<![\w$./'"])(document|window|globalThis\.document|globalThis\.window)\s*\./g))
    problems.push(`uses the global ${match[1]}`);
  return problems;
}

describe('the core stays free of React and the DOM', () => {
  const files = coreFolders.flatMap((folder) => listSourceFiles(join(root, folder)));

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(15);
    expect(files.some((f) => f.endsWith('src/model/schema.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('export/svg.ts'))).toBe(true);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', (_, file) => {
    expect(findViolations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('the other folders import only from their own layer and lower ones', () => {
  const files = listSourceFiles(join(root, 'src')).filter(
    (file) =>
      !isUnder(
        file,
        coreFolders.map((f) => join(root, f)),
      ),
  );

  it('finds every file in a layer', () => {
    expect(files.some((f) => f.endsWith('src/canvas/TrappCanvas.tsx'))).toBe(true);
    expect(layers.at(-1)).toContain('src/main.tsx');
    expect(files.filter((file) => !getLayer(file)).map((file) => relative(root, file))).toEqual([]);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', (_, file) => {
    expect(findLayerViolations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('lets the layout use the model', () => {
    expect(
      findViolations(join(root, 'src/layout/example.ts'), "import { getPageSize } from '@/model/pageSize';"),
    ).toEqual([]);
  });

  const file = join(root, 'src/model/example.ts');
  it.each([
    ["import { useState } from 'react';", 'imports react'],
    ["import { createRoot } from 'react-dom/client';", 'imports react-dom/client'],
    ["import type { Node } from '@xyflow/react';", 'imports @xyflow/react'],
    ["import { Toolbar } from '@/ui/Toolbar';", 'imports @/ui/Toolbar from the UI'],
    ["import { TrappCanvas } from '../canvas/TrappCanvas';", 'imports ../canvas/TrappCanvas from the UI'],
    ["import { getPageSize } from '@/layout/page';", 'imports @/layout/page from src/layout, a layer above src/model'],
    [
      "import type { Scene } from '../scene/primitives';",
      'imports ../scene/primitives from src/scene, a layer above src/model',
    ],
    ["const m = await import('react');", 'imports react'],
    ['const w = window.innerWidth;', 'uses the global window'],
    ['document.createElement("canvas");', 'uses the global document'],
    ['const x = 1; globalThis.document.body;', 'uses the global globalThis.document'],
  ])('flags %s', (source, message) => {
    expect(findViolations(file, source)).toEqual([message]);
  });

  it.each([
    [
      'src/layout/example.ts',
      "import type { Scene } from '@/scene/primitives';",
      'imports @/scene/primitives from src/scene, a layer above src/layout',
    ],
    [
      'src/scene/example.ts',
      "import { renderSvg } from '../../export/svg';",
      'imports ../../export/svg from export, a layer above src/scene',
    ],
    [
      'src/canvas/example.ts',
      "import { includesRef } from '@/ui/selection';",
      'imports @/ui/selection from src/ui, a layer above src/canvas',
    ],
    [
      'src/storage/example.ts',
      "import { buildPage } from '@/scene/buildScene';",
      'imports @/scene/buildScene from src/scene, a layer above src/storage',
    ],
    [
      'src/i18n/example.ts',
      "export { TrappCanvas } from '../canvas/TrappCanvas';",
      'imports ../canvas/TrappCanvas from src/canvas, a layer above src/i18n',
    ],
  ])('flags a layer reaching up: %s %s', (path, source, message) => {
    expect(findLayerViolations(join(root, path), source)).toEqual([message]);
  });

  it.each([
    ['src/ui/example.ts', "import { TrappCanvas } from '@/canvas/TrappCanvas';"],
    ['src/canvas/example.ts', "import type { Scene } from '@/scene/primitives';"],
    ['export/example.ts', "import { getPageSize } from '@/model/pageSize';"],
    ['src/layout/example.ts', "import { getDocumentText } from '@/i18n/documentText';"],
  ])('lets a layer use its own or a lower one: %s %s', (path, source) => {
    expect(findLayerViolations(join(root, path), source)).toEqual([]);
  });

  it.each([
    "import { produce } from 'immer';",
    "import { Editor } from './editor';",
    "import { getPageSize } from '@/model/pageSize';",
    "import { uiStrings } from '../uiStrings';",
    'editor.document.steps; result.document.meta;',
    '// Opens another document. Then window.',
    "const ns = 'http://www.w3.org/2000/svg'; // not a DOM use",
    "const part = 'word/document.xml'; const other = 'document.xml';",
  ])('lets %s pass', (source) => {
    expect(findViolations(file, source)).toEqual([]);
  });
});
