// Vitest setup (vite.config.ts): every string is there, as in the command-line tools.
import { loadLaterStrings } from '@/i18n/translate';

await loadLaterStrings();
