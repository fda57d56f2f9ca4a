import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { nb } from '@/i18n/nb';
import { createTranslator, loadDictionary, uiLanguages } from '@/i18n/translate';

const keys = Object.keys(nb);

// Runs first: the module's loaded dictionaries are shared by the tests in this file.
test('a language speaks once its dictionary is loaded; bokmål stands in before', async () => {
  expect(createTranslator('en')('toolbar.undo')).toBe('Angre');
  await loadDictionary('en');
  expect(createTranslator('en')('toolbar.undo')).toBe('Undo');
  expect(createTranslator('en')('overview.moreServices', { count: 3 })).toBe('+ 3 more');
});

test('every interface language has every string, none empty', async () => {
  for (const language of uiLanguages) {
    const dictionary: Record<string, string> = await loadDictionary(language);
    for (const key of keys) expect(dictionary[key], `${language}: ${key}`).toBeTruthy();
  }
});

test('every command has a history label in the interface strings', () => {
  const files = readdirSync('src/model').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const names = files.flatMap((f) => [...readFileSync(`src/model/${f}`, 'utf8').matchAll(/(?:defineCommand|>)\(\s*'(\w+)'/g)].map((m) => m[1]));
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) expect(keys.some((key) => key === `history.${name}` || key.startsWith(`history.${name}.`)), name).toBe(true);
});
