// STYLE habit 1: the core (model, layout, scene, charts, export) imports no React, no React Flow,
// nothing from the UI or the canvas, and touches no DOM globals, so it runs in Node. The model, the
// bottom layer, imports nothing from layout, scene or export.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreFolders = ['src/model', 'src/layout', 'src/scene', 'src/charts', 'export'];
const forbiddenPackages = /^(react|react-dom|@xyflow\/react)(\/.*)?$/;
const uiFolders = ['src/ui', 'src/canvas'].map((folder) => join(root, folder));
const modelFolder = join(root, 'src/model');
/** The model is the bottom layer: layout, scene and export build on it, never the other way round. */
const aboveModel = ['src/layout', 'src/scene', 'src/charts', 'export'].map((folder) => join(root, folder));
const isUnder = (path: string, folders: string[]) => folders.some((folder) => path === folder || path.startsWith(folder + '/'));

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
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

/** What is wrong with one core file, as readable messages. */
function findViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of getImports(source)) {
    if (forbiddenPackages.test(specifier)) problems.push(`imports ${specifier}`);
    const target = specifier.startsWith('@/') ? join(root, 'src', specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
    if (target && isUnder(target, uiFolders)) problems.push(`imports ${specifier} from the UI`);
    else if (target && isUnder(file, [modelFolder]) && isUnder(target, aboveModel)) problems.push(`imports ${specifier} from a layer above the model`);
  }
  // Comments may talk about "the document."; a URL's "//" is not a comment.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?<!:)\/\/.*$/gm, '');
  for (const match of code.matchAll(/(?<![\w$.])(document|window|globalThis\.document|globalThis\.window)\s*\./g)) problems.push(`uses the global ${match[1]}`);
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

describe('the checker itself', () => {
  it('lets the layout use the model', () => {
    expect(findViolations(join(root, 'src/layout/example.ts'), "import { getPageSize } from '@/model/pageSize';")).toEqual([]);
  });

  const file = join(root, 'src/model/example.ts');
  it.each([
    ["import { useState } from 'react';", 'imports react'],
    ["import { createRoot } from 'react-dom/client';", 'imports react-dom/client'],
    ["import type { Node } from '@xyflow/react';", 'imports @xyflow/react'],
    ["import { Toolbar } from '@/ui/Toolbar';", 'imports @/ui/Toolbar from the UI'],
    ["import { TrappCanvas } from '../canvas/TrappCanvas';", 'imports ../canvas/TrappCanvas from the UI'],
    ["import { getPageSize } from '@/layout/page';", 'imports @/layout/page from a layer above the model'],
    ["import type { Scene } from '../scene/primitives';", 'imports ../scene/primitives from a layer above the model'],
    ["const m = await import('react');", 'imports react'],
    ['const w = window.innerWidth;', 'uses the global window'],
    ['document.createElement("canvas");', 'uses the global document'],
    ['const x = 1; globalThis.document.body;', 'uses the global globalThis.document'],
  ])('flags %s', (source, message) => {
    expect(findViolations(file, source)).toEqual([message]);
  });

  it.each([
    "import { produce } from 'immer';",
    "import { Editor } from './editor';",
    "import { getPageSize } from '@/model/pageSize';",
    "import { uiStrings } from '../uiStrings';",
    'editor.document.steps; result.document.meta;',
    '// Opens another document. Then window.',
    "const ns = 'http://www.w3.org/2000/svg'; // not a DOM use",
  ])('lets %s pass', (source) => {
    expect(findViolations(file, source)).toEqual([]);
  });
});
