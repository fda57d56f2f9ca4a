import { expect, test } from 'vitest';
import { nb } from '@/i18n/nb';
import { createTranslator, loadDictionary, uiLanguages } from '@/i18n/translate';
import { commandRegistry } from '@/model/commandRegistry';

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
  expect(commandRegistry.length).toBeGreaterThan(80);
  for (const { name, labelKey } of commandRegistry)
    expect(
      keys.some((key) => key === labelKey || key.startsWith(`${labelKey}.`)),
      name,
    ).toBe(true);
});

/** The names a message fills in: `{name}` and the plural choices `{name:one|other}`. */
const placeholdersOf = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

test('every message has the same placeholders in all three languages', async () => {
  const mismatches: string[] = [];
  for (const language of uiLanguages) {
    const dictionary: Record<string, string> = await loadDictionary(language);
    for (const key of keys) {
      const expected = placeholdersOf(nb[key as keyof typeof nb]).join(',');
      const actual = placeholdersOf(dictionary[key] ?? '').join(',');
      if (actual !== expected) mismatches.push(`${language} ${key}: {${actual}} instead of {${expected}}`);
    }
  }
  expect(mismatches).toEqual([]);
});

test('plural forms follow the language: one text, two texts', async () => {
  for (const language of uiLanguages) await loadDictionary(language);
  expect(createTranslator('en')('overflow.count', { count: 1 })).toBe('1 text does not fit');
  expect(createTranslator('en')('overflow.count', { count: 3 })).toBe('3 texts do not fit');
  expect(createTranslator('nn')('overflow.count', { count: 1 })).toBe('1 tekst får ikkje plass');
  expect(createTranslator('nn')('overflow.count', { count: 0 })).toBe('0 tekstar får ikkje plass');
  expect(createTranslator('nb')('contrast.count', { count: 1 })).toBe('1 tekst har for svak kontrast');
  expect(createTranslator('nb')('contrast.count', { count: 2 })).toBe('2 tekster har for svak kontrast');
  // Every plural choice in every dictionary has exactly two forms.
  for (const language of uiLanguages) {
    const dictionary: Record<string, string> = await loadDictionary(language);
    for (const [key, message] of Object.entries(dictionary)) {
      for (const [, forms] of message.matchAll(/\{\w+:([^{}]*)\}/g))
        expect(forms.split('|').length, `${language} ${key}`).toBe(2);
    }
  }
});

test('nynorsk theme names are nynorsk', async () => {
  const nn: Record<string, string> = await loadDictionary('nn');
  expect([nn['theme.name.highContrast'], nn['theme.name.greyscale'], nn['theme.name.skerries']]).toEqual([
    'Høg kontrast',
    'Gråtonar',
    'Skjærgard',
  ]);
});
