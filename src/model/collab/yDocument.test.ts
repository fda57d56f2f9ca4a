import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDocument } from '../load';
import type { TrappDocument } from '../types';
import { createYDocument, getRoot, loadYDocument, readYDocument, writeYDocument } from './yDocument';

const dir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templates = readdirSync(dir).filter((f) => f.endsWith('.trapp.json'));
const load = (file: string): TrappDocument => {
  const result = loadDocument(readFileSync(dir + file, 'utf8'));
  if (!result.ok) throw new Error(file);
  return result.document;
};
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const copy = (doc: Y.Doc) => {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

describe('a trapp in a Y.Doc', () => {
  it.each(templates)('%s reads back equal and valid, through an encoded update too', (file) => {
    const doc = load(file);
    const ydoc = createYDocument(doc);
    expect(readYDocument(ydoc)).toEqual(JSON.parse(JSON.stringify(doc)));
    const loaded = loadYDocument(copy(ydoc));
    expect(loaded.ok && loaded.document).toEqual(doc);
  });

  it('keeps titles as Y.Text and ids as plain strings', () => {
    const ydoc = createYDocument(load('alver.trapp.json'));
    const step = (getRoot(ydoc).get('steps') as Y.Array<Y.Map<unknown>>).get(0);
    expect(step.get('title')).toBeInstanceOf(Y.Text);
    expect(typeof step.get('id')).toBe('string');
  });

  it('merges two people typing in the same title letter by letter', () => {
    const doc = load('alver.trapp.json');
    const a = createYDocument(doc);
    const b = copy(a);
    const title = doc.steps[2].title;
    const edit = (ydoc: Y.Doc, next: string) => {
      const current = loadYDocument(ydoc);
      if (!current.ok) throw new Error('invalid');
      const steps = current.document.steps.map((s, i) => (i === 2 ? { ...s, title: next } : s));
      writeYDocument(ydoc, { ...current.document, steps });
    };
    edit(a, `Ny ${title}`);
    edit(b, `${title} (endra)`);
    sync(a, b);
    expect(readYDocument(a)).toEqual(readYDocument(b));
    const merged = loadYDocument(a);
    expect(merged.ok && merged.document.steps[2].title).toBe(`Ny ${title} (endra)`);
  });

  it('writes only what changed: a concurrent change elsewhere survives a rewrite', () => {
    const doc = load('gausdal.trapp.json');
    const a = createYDocument(doc);
    const b = copy(a);
    writeYDocument(a, { ...doc, meta: { ...doc.meta, title: 'Ny tittel' } });
    const removed = { ...doc, steps: doc.steps.slice(1) };
    writeYDocument(b, removed);
    sync(a, b);
    const merged = loadYDocument(a);
    expect(merged.ok && merged.document.meta.title).toBe('Ny tittel');
    expect(merged.ok && merged.document.steps.map((s) => s.id)).toEqual(removed.steps.map((s) => s.id));
  });

  it('writing the same document again changes nothing', () => {
    const doc = load('lillesand.trapp.json');
    const ydoc = createYDocument(doc);
    let updates = 0;
    ydoc.on('update', () => updates++);
    writeYDocument(ydoc, doc);
    expect(updates).toBe(0);
  });

  it('an empty Y.Doc is no document', () => {
    expect(loadYDocument(new Y.Doc()).ok).toBe(false);
  });
});
