import { useCallback, useRef, useState } from 'react';
import { loadDictionary, type UiLanguage } from '@/i18n/translate';
import { getInitialUiLanguage, saveUiLanguage } from '@/i18n/uiLanguage';

/**
 * The interface language and its switch. A language's dictionary loads when it is first chosen,
 * and the interface switches once it is there; of quick choices in a row, the last one wins.
 */
export function useUiLanguage(): [UiLanguage, (next: UiLanguage) => void] {
  const [language, setLanguage] = useState<UiLanguage>(getInitialUiLanguage);
  const chosen = useRef(language);
  const changeLanguage = useCallback((next: UiLanguage) => {
    chosen.current = next;
    void loadDictionary(next).then(() => {
      if (chosen.current !== next) return;
      setLanguage(next);
      saveUiLanguage(next);
    });
  }, []);
  return [language, changeLanguage];
}
