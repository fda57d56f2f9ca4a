// The shipped templates, loaded by the same loader that opens a user's file.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '@/model/load';
import type { Item, TrappDocument } from '@/model/types';

const dir = fileURLToPath(new URL('../../templates/', import.meta.url));

export function loadTemplates(): { id: string; document: TrappDocument }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.trapp.json'))
    .map((f) => {
      const result = loadDocument(readFileSync(dir + f, 'utf8'));
      if (!result.ok) throw new Error(`${f} does not load`);
      return { id: f.replace('.trapp.json', ''), document: result.document };
    });
}

/** Every service item's text in a step, nested items included. */
export function getServiceItems(doc: TrappDocument): string[] {
  const texts = (items: readonly Item[]): string[] =>
    items.flatMap((item) => [item.text, ...(item.items ?? []).map((child) => child.text)]);
  return doc.steps.flatMap((step) => step.sections.flatMap((section) => texts(section.items)));
}

/** Text compared without any whitespace: a reader may break a line anywhere a layout did. */
export const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');
