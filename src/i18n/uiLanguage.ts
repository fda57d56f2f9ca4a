import { isUiLanguage, type UiLanguage } from './translate';

export const LANGUAGE_KEY = 'trappa.language';

/**
 * The interface language: the user's saved choice, else the first browser language we have.
 * Nynorsk only when the browser asks for it; "nb" and the generic "no" mean bokmål.
 */
export function pickUiLanguage(saved: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'nb';
}

/** In the browser: localStorage and navigator.languages, either of which may be unavailable. */
export function getInitialUiLanguage(): UiLanguage {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage can be blocked (private windows, policies); the browser's language still applies.
  }
  const browser =
    typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickUiLanguage(saved, browser);
}

export function saveUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still happens.
  }
}
