import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { nb } from '@/i18n/nb';
import { dictionaries } from '@/i18n/translate';

const keys = Object.keys(nb);

test('every interface language has every string, none empty', () => {
  for (const [language, dictionary] of Object.entries(dictionaries)) {
    for (const key of keys) expect((dictionary as Record<string, string>)[key], `${language}: ${key}`).toBeTruthy();
  }
});

test('every command has a history label in the interface strings', () => {
  const files = readdirSync('src/model').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const names = files.flatMap((f) => [...readFileSync(`src/model/${f}`, 'utf8').matchAll(/(?:defineCommand|>)\(\s*'(\w+)'/g)].map((m) => m[1]));
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) expect(keys.some((key) => key === `history.${name}` || key.startsWith(`history.${name}.`)), name).toBe(true);
});
