// A part loaded after the first picture (a dialog, a panel) shows strings that are not in the first
// load either (src/i18n/nbLater.ts): React.lazy over its module and those strings together, so it
// never renders before its text is there.
import { lazy, type ComponentType } from 'react';
import { loadLaterStrings } from '@/i18n/translate';

// `any` props as in React.lazy's own signature.
export function lazyWithStrings<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => withLaterStrings(load()));
}

/** A module, once the later strings are loaded too. */
export async function withLaterStrings<M>(module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadLaterStrings()]);
  return loaded;
}
