import { defineCommand } from './command';
import { newId } from './ids';
import type { Page } from './types';
import { limits } from './limits';
import { moveById } from './lists';

export const addPage = defineCommand<{ page?: Page; index?: number }>('addPage', (doc, { page, index }) => {
  if (doc.pages.length >= limits.pages) return;
  const added = page ?? { id: newId('page'), kind: 'free' as const, elements: [] };
  doc.pages.splice(index ?? doc.pages.length, 0, added);
});

export const removePage = defineCommand<{ pageId: string }>('removePage', (doc, { pageId }) => {
  const index = doc.pages.findIndex((page) => page.id === pageId);
  // The overview is the document's face; it is never removed.
  if (index >= 0 && doc.pages[index].kind !== 'overview') doc.pages.splice(index, 1);
});

export const movePage = defineCommand<{ pageId: string; toIndex: number }>('movePage', (doc, { pageId, toIndex }) => {
  moveById(doc.pages, pageId, toIndex);
});

/** Gives every step its page (appended in step order) or takes all step pages away. */
export const setStepPages = defineCommand<{ enabled: boolean }>('setStepPages', (doc, { enabled }) => {
  if (!enabled) {
    doc.pages = doc.pages.filter((page) => page.kind !== 'step');
    return;
  }
  const have = new Set(doc.pages.filter((p) => p.kind === 'step').map((p) => p.stepId));
  for (const step of doc.steps)
    if (!have.has(step.id)) doc.pages.push({ id: newId('page'), kind: 'step', stepId: step.id, elements: [] });
});

/** Gives one step its own page (placed after the page of the step before it) or takes it away. */
export const setStepPage = defineCommand<{ stepId: string; enabled: boolean }>(
  'setStepPage',
  (doc, { stepId, enabled }) => {
    const existing = doc.pages.findIndex((page) => page.kind === 'step' && page.stepId === stepId);
    if (!enabled) {
      if (existing >= 0) doc.pages.splice(existing, 1);
      return;
    }
    if (existing >= 0) return;
    const order = doc.steps.map((step) => step.id);
    const before = order.indexOf(stepId);
    let at = doc.pages.length;
    for (let i = 0; i < doc.pages.length; i++) {
      const page = doc.pages[i];
      if (page.kind === 'step' && page.stepId !== undefined && order.indexOf(page.stepId) > before) {
        at = i;
        break;
      }
    }
    doc.pages.splice(at, 0, { id: newId('page'), kind: 'step', stepId, elements: [] });
  },
);
