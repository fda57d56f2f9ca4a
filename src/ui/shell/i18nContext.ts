import { createContext, useContext } from 'react';
import { createTranslator, type Translate, type UiLanguage } from '@/i18n/translate';
import type { Language } from '@/model/types';

export const TranslateContext = createContext<Translate>(createTranslator('nb'));

export function useT(): Translate {
  return useContext(TranslateContext);
}

/**
 * The two languages on screen: the interface's and the open document's. Document text shown in
 * the interface (step titles, fields holding it) is marked with the document's, so a screen reader
 * reads Norwegian text as Norwegian in the English interface.
 */
export const LanguagesContext = createContext<{ ui: UiLanguage; document: Language }>({ ui: 'nb', document: 'nb' });

export function useDocumentLanguage(): Language {
  return useContext(LanguagesContext).document;
}

export function useUiLanguage(): UiLanguage {
  return useContext(LanguagesContext).ui;
}
