import { createContext, useContext } from 'react';
import { createTranslator, type Translate } from '@/i18n/translate';

export const TranslateContext = createContext<Translate>(createTranslator('nb'));

export function useT(): Translate {
  return useContext(TranslateContext);
}
