import type { Language } from '@/model/types';

/**
 * Words drawn in the document itself (figure names, the plan legend, "+ N til"), in the
 * document's language: bokmål or nynorsk. They are always loaded, so layout needs no interface
 * dictionary. The bokmål and nynorsk interfaces take these words from here; English has its own.
 */
export const documentText = {
  nb: {
    'figure.recipients': 'Mottakere',
    'figure.costShare': 'Andel av kostnad',
    'figure.totalCost': 'Total kostnad',
    'figure.costPerUser': 'Kostnad per bruker',
    'figure.fte': 'Årsverk',
    'figure.decisions': 'Vedtak',
    'figure.hoursPerWeek': 'Timer per uke',
    'figure.custom': 'Tall',
    'overview.moreServices': '+ {count} til',
    'stepChange.strengthen': 'Skal styrkes',
    'stepChange.reduce': 'Skal reduseres',
    'stepChange.develop': 'Mangler / må utvikles',
    'stepChange.legend': 'Endring i {figure}, {from} til {to}',
  },
  nn: {
    'figure.recipients': 'Mottakarar',
    'figure.costShare': 'Del av kostnad',
    'figure.totalCost': 'Total kostnad',
    'figure.costPerUser': 'Kostnad per brukar',
    'figure.fte': 'Årsverk',
    'figure.decisions': 'Vedtak',
    'figure.hoursPerWeek': 'Timar per veke',
    'figure.custom': 'Tal',
    'overview.moreServices': '+ {count} til',
    'stepChange.strengthen': 'Skal styrkast',
    'stepChange.reduce': 'Skal reduserast',
    'stepChange.develop': 'Manglar / må utviklast',
    'stepChange.legend': 'Endring i {figure}, {from} til {to}',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type DocumentTextKey = keyof typeof documentText.nb;
export type Params = Record<string, string | number>;

/** A message with its {name} placeholders filled in; a placeholder without a value stays as written. */
export function fillParams(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** The document's own words in the document's language. */
export function createDocumentTranslator(language: Language): (key: DocumentTextKey, params?: Params) => string {
  const words: Record<DocumentTextKey, string> = documentText[language];
  return (key, params) => fillParams(words[key], params);
}
