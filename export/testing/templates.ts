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
      const id = f.replace('.trapp.json', '');
      return { id, document: loadTemplate(id) };
    });
}

/** One template by its id (`alver`), a fresh copy each call so a test may change it. */
export function loadTemplate(id: string): TrappDocument {
  const result = loadDocument(readFileSync(`${dir}${id}.trapp.json`, 'utf8'));
  if (!result.ok) throw new Error(`${id}.trapp.json does not load`);
  return result.document;
}

/** Every service item's text in a step, nested items included. */
export function getServiceItems(doc: TrappDocument): string[] {
  const texts = (items: readonly Item[]): string[] =>
    items.flatMap((item) => [item.text, ...(item.items ?? []).map((child) => child.text)]);
  return doc.steps.flatMap((step) => step.sections.flatMap((section) => texts(section.items)));
}

/** Text compared without any whitespace: a reader may break a line anywhere a layout did. */
export const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');
