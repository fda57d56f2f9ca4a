import { z } from 'zod';
import { freeElementSchema } from './schema';
import type { FreeElement } from './types';

/** The tag that marks text on the clipboard as Trappa elements (so other text is left alone). */
export const CLIPBOARD_FORMAT = 'trappa/elements';

const payloadSchema = z.object({ format: z.literal(CLIPBOARD_FORMAT), version: z.literal(1), elements: z.array(freeElementSchema).min(1) });

export function toClipboardText(elements: readonly FreeElement[]): string {
  return JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, elements });
}

/** The elements in a clipboard text, or undefined when the text is not a Trappa payload. */
export function parseClipboardText(text: string): FreeElement[] | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.elements : undefined;
  } catch {
    return undefined;
  }
}
