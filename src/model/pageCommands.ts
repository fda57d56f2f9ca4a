import { defineCommand } from './command';
import { newId } from './ids';
import type { Page } from './types';

export const addPage = defineCommand<{ page?: Page; index?: number }>('addPage', (doc, { page, index }) => {
  const added = page ?? { id: newId('page'), kind: 'free' as const, elements: [] };
  doc.pages.splice(index ?? doc.pages.length, 0, added);
});

export const removePage = defineCommand<{ pageId: string }>('removePage', (doc, { pageId }) => {
  // The overview is the document's face; it is never removed.
  doc.pages = doc.pages.filter((page) => page.id !== pageId || page.kind === 'overview');
});

export const movePage = defineCommand<{ pageId: string; toIndex: number }>('movePage', (doc, { pageId, toIndex }) => {
  const from = doc.pages.findIndex((page) => page.id === pageId);
  if (from < 0) return;
  const [page] = doc.pages.splice(from, 1);
  doc.pages.splice(Math.max(0, Math.min(doc.pages.length, toIndex)), 0, page);
});

/** Gives every step its page (appended in step order) or takes all step pages away. */
export const setStepPages = defineCommand<{ enabled: boolean }>('setStepPages', (doc, { enabled }) => {
  if (!enabled) {
    doc.pages = doc.pages.filter((page) => page.kind !== 'step');
    return;
  }
  const have = new Set(doc.pages.filter((p) => p.kind === 'step').map((p) => p.stepId));
  for (const step of doc.steps) if (!have.has(step.id)) doc.pages.push({ id: newId('page'), kind: 'step', stepId: step.id, elements: [] });
});
