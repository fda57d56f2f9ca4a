import { sceneExtras } from '@/scene/sceneExtras';
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDocument } from '@/model/load';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { layoutOverview } from './overview';

const measurer = getNodeMeasurer();
const load = (id: string) => {
  const result = loadDocument(readFileSync(`templates/${id}.trapp.json`, 'utf8'));
  if (!result.ok) throw new Error(id);
  return result.document;
};

test.each(['alver', 'lillesand', 'nordre-land', 'ostre-toten'])(
  '%s: the step titles share one size, at most a quarter smaller',
  (id) => {
    const sizes = layoutOverview(load(id), measurer, sceneExtras).steps.map((s) => s.title.size);
    // The shared size is the one most titles have, found without assuming it is the largest.
    const count = (size: number) => sizes.filter((other) => other === size).length;
    const shared = sizes.reduce((best, size) => (count(size) > count(best) ? size : best), sizes[0]);
    const others = sizes.filter((size) => size !== shared);
    expect(others.length).toBeLessThanOrEqual(Math.floor(sizes.length / 4));
    // A title that does not take the shared size is one that had to shrink, never one set larger.
    for (const size of others) expect(size).toBeLessThan(shared);
  },
);

test('one very long title shrinks alone instead of making every title small', () => {
  const doc = load('ostre-toten');
  const long = {
    ...doc,
    steps: doc.steps.map((s, i) =>
      i === 4 ? { ...s, title: `${s.title} ${'med en svært lang forklaring '.repeat(6)}` } : s,
    ),
  };
  const before = layoutOverview(doc, measurer, sceneExtras).steps.map((s) => s.title.size);
  const after = layoutOverview(long, measurer, sceneExtras).steps.map((s) => s.title.size);
  expect(after[4]).toBeLessThan(before[4]);
  expect(after.filter((size, i) => i !== 4 && size === before[i]).length).toBe(before.length - 1);
});
