// Imported first by main.tsx, so it runs before React and the editor's modules are evaluated: for a
// returning visitor (see storedHint.ts) it starts fetching the validator at once.
import { hasStoredHint } from './storedHint';

if (hasStoredHint()) void import('@/model/load').catch(() => undefined);
