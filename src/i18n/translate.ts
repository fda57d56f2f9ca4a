import type { LoadProblem } from '@/model/load';
import { en } from './en';
import { nb, type MessageKey } from './nb';
import { nn } from './nn';

/** Interface languages: a new one is one more dictionary here, with no code change elsewhere. */
export const dictionaries = { nb, nn, en } as const satisfies Record<string, Record<MessageKey, string>>;
export type UiLanguage = keyof typeof dictionaries;
export const uiLanguages = Object.keys(dictionaries) as UiLanguage[];
export const languageNames: Record<UiLanguage, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && value in dictionaries;
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isMessageKey(key: string): key is MessageKey {
  return key in nb;
}

export function createTranslator(language: UiLanguage): Translate {
  const dictionary: Record<MessageKey, string> = dictionaries[language];
  return (key, params = {}) =>
    (dictionary[key] ?? nb[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** A load problem as a sentence in the user's language, path included. */
export function describeProblem(t: Translate, problem: LoadProblem): string {
  switch (problem.code) {
    case 'invalid': {
      const key = `expected.${problem.expected}`;
      return t('problem.invalid', { path: problem.path || '(dokument)', expected: t(isMessageKey(key) ? key : 'expected.other') });
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
