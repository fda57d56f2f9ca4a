// Writing elements to the clipboard needs no validator; reading them back (clipboard.ts) does,
// so copying stays in the first load and zod loads only when something is pasted.
import type { FreeElement } from './types';

/** The tag that marks text on the clipboard as Trappa elements (so other text is left alone). */
export const CLIPBOARD_FORMAT = 'trappa/elements';

export function toClipboardText(elements: readonly FreeElement[]): string {
  return JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, elements });
}
