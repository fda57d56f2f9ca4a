import type { PageView } from '@/scene/buildScene';

export type Drawing = { view: PageView; error?: undefined } | { view: PageView; error: unknown };

/** Nothing to draw: what the editor's hooks get while the document cannot be laid out. */
const emptyView: PageView = {
  sheets: [{ width: 1, height: 1, background: '#ffffff', nodes: [] }],
  overflows: [],
  handles: [],
  fields: [],
};

/**
 * Lays out the page, or says why it could not be: the layout runs in the app shell (its hooks need
 * the view), outside any error boundary, so a document that breaks it must not take the shell down.
 */
export function tryDraw(build: () => PageView): Drawing {
  try {
    return { view: build() };
  } catch (error) {
    return { view: emptyView, error };
  }
}
