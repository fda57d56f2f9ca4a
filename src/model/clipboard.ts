import { z } from 'zod';
import { freeElementSchema } from './schema';
import type { FreeElement } from './types';

import { CLIPBOARD_FORMAT } from './clipboardText';

export { CLIPBOARD_FORMAT, toClipboardText } from './clipboardText';

const payloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  elements: z.array(freeElementSchema).min(1),
});

/** The elements in a clipboard text, or undefined when the text is not a Trappa payload. */
export function parseClipboardText(text: string): FreeElement[] | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.elements : undefined;
  } catch {
    return undefined;
  }
}
