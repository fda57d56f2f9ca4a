// Imported first by main.tsx, so it runs before React and the editor's modules are evaluated: for a
// returning visitor (see storage/storedHint.ts) it starts fetching the validator at once.
import { hasStoredHint } from '@/storage/storedHint';

if (hasStoredHint()) void import('@/model/load').catch(() => undefined);
