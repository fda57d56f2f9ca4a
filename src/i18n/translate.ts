import type { LoadProblem } from '@/model/load';
import { fillParams, type Params } from './documentText';
import { nb, type MessageKey } from './nb';

export type { Params };
export type Dictionary = Record<MessageKey, string>;

/**
 * Bokmål as loaded so far: the strings the editor shows at start, and after loadLaterStrings also
 * those of the dialogs, panels and inspectors (nbLater.ts, a chunk of its own).
 */
const bokmal: Partial<Dictionary> = { ...nb };
let later: Promise<void> | undefined;

/**
 * Loads the bokmål strings of the parts that load later. Each lazily loaded dialog, panel and
 * inspector waits for it (lazyWithStrings), and so do the command-line tools; a failed load is
 * tried again by the next caller.
 */
export function loadLaterStrings(): Promise<void> {
  later ??= import('./nbLater').then(
    (m) => void Object.assign(bokmal, m.nbLater),
    (error: unknown) => {
      later = undefined;
      throw error;
    },
  );
  return later;
}

/**
 * Interface languages: a new one is one more dictionary here, with no code change elsewhere.
 * Bokmål is always loaded (it is the fallback; its later strings load as above); the others load
 * whole when first chosen.
 */
const dictionaryLoaders = {
  nb: () => loadLaterStrings().then(() => bokmal as Dictionary),
  nn: () => import('./nn').then((m) => m.nn),
  en: () => import('./en').then((m) => m.en),
} as const satisfies Record<string, () => Promise<Dictionary>>;
export type UiLanguage = keyof typeof dictionaryLoaders;
export const uiLanguages = Object.keys(dictionaryLoaders) as UiLanguage[];
export const languageNames: Record<UiLanguage, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' };

// Bokmål counts as loaded from the start, so the first picture does not wait for its later strings.
const loadedDictionaries = new Map<UiLanguage, Partial<Dictionary>>([['nb', bokmal]]);

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && value in dictionaryLoaders;
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** A key of a string loaded so far (a later bokmål string counts once loadLaterStrings has resolved). */
export function isMessageKey(key: string): key is MessageKey {
  return key in bokmal;
}

/** Fetches a language's dictionary once; translators made after it resolves speak that language. */
export async function loadDictionary(language: UiLanguage): Promise<Partial<Dictionary>> {
  const dictionary = loadedDictionaries.get(language) ?? (await dictionaryLoaders[language]());
  loadedDictionaries.set(language, dictionary);
  return dictionary;
}

/** Every string of a language, bokmål's later ones included (the command-line tools and tests). */
export async function loadAllStrings(language: UiLanguage): Promise<Dictionary> {
  const [dictionary] = await Promise.all([loadDictionary(language), loadLaterStrings()]);
  return dictionary as Dictionary;
}

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/**
 * Plural forms in a message: `{count:tekst|tekster}` is the first form when the language's plural
 * rules call `count` "one" (1 in all three languages) and the second otherwise. The number itself
 * is written with `{count}` as usual, so "{count} {count:text does|texts do} not fit".
 */
export function selectPlurals(message: string, params: Params | undefined, language: UiLanguage): string {
  if (!params || !message.includes(':')) return message;
  const rules = pluralRules.get(language) ?? new Intl.PluralRules(language);
  pluralRules.set(language, rules);
  return message.replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    return typeof value === 'number' ? (rules.select(value) === 'one' ? one : other) : whole;
  });
}

/** A translator over a loaded dictionary; bokmål stands in for a language not loaded yet and for a missing key. */
export function createTranslator(language: UiLanguage): Translate {
  const dictionary: Partial<Dictionary> = loadedDictionaries.get(language) ?? bokmal;
  const spoken: UiLanguage = loadedDictionaries.has(language) ? language : 'nb';
  return (key, params) => fillParams(selectPlurals(dictionary[key] ?? bokmal[key] ?? key, params, spoken), params);
}

/** A load problem as a sentence in the user's language, path included. */
export function describeProblem(t: Translate, problem: LoadProblem): string {
  switch (problem.code) {
    case 'invalid': {
      const path = problem.path || '(dokument)';
      // Bounds and refusals the schema names (a picture address, an id every object has) get their own sentence.
      const specific =
        problem.limit !== undefined ? `problem.${problem.expected}.${problem.origin}` : `problem.${problem.detail}`;
      if (isMessageKey(specific)) return t(specific, { path, limit: problem.limit ?? '' });
      const key = `expected.${problem.expected}`;
      return t('problem.invalid', { path, expected: t(isMessageKey(key) ? key : 'expected.other') });
    }
    case 'notJson':
    case 'migrationFailed':
      return t(`problem.${problem.code}`, { detail: problem.detail });
    case 'newerVersion':
      return t('problem.newerVersion', { version: problem.version });
    default:
      return t(`problem.${problem.code}`);
  }
}
