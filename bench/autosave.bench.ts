// Autosave while typing, in Chromium on the production build: the time from a key to the
// IndexedDB commit of the save that holds it (issue 20: a killed browser loses at most 100 ms),
// and the main-thread time of each save's writes (put() clones the document and its history).
import type { Page } from 'playwright-core';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/**
 * Installed before typing (a string: tsx would wrap functions in a helper the page lacks). A save is
 * a readwrite transaction over the histories store; its commit is the transaction's complete event.
 */
export const AUTOSAVE_PROBE = `
  if (!window.benchSaves) {
    window.benchSaves = [];
    window.benchSaveKeys = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
      const tx = transaction.call(this, stores, mode, ...rest);
      if (mode === 'readwrite' && [].concat(stores).includes('histories')) {
        const save = { started: performance.now(), writing: 0 };
        window.benchCurrentSave = save;
        tx.addEventListener('complete', () => {
          save.committed = performance.now();
          window.benchSaves.push(save);
        });
      }
      return tx;
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const start = performance.now();
      try {
        return put.apply(this, args);
      } finally {
        if (window.benchCurrentSave) window.benchCurrentSave.writing += performance.now() - start;
      }
    };
    // A key that changed the text (input), not End or Escape.
    window.addEventListener('input', () => window.benchSaveKeys.push(performance.now()), { capture: true });
  }
  window.benchSaves.length = 0;
  window.benchSaveKeys.length = 0;
`;

type Save = { started: number; committed: number; writing: number };

/** Each key's wait for the first save begun after it to commit, and what the saves cost the main thread. */
export async function readAutosave(page: Page) {
  await page.waitForTimeout(500);
  const { saves, keys } = (await page.evaluate('({ saves: window.benchSaves, keys: window.benchSaveKeys })')) as {
    saves: Save[];
    keys: number[];
  };
  const waits = keys
    .map((key) => saves.find((save) => save.started >= key))
    .map((save, i) => (save ? save.committed - keys[i] : Infinity));
  const writing = saves.map((save) => save.writing);
  return {
    keys: keys.length,
    saves: saves.length,
    median: quantile(waits, 0.5),
    max: Math.max(...waits),
    writeMedian: quantile(writing, 0.5),
    writeMax: Math.max(...writing),
  };
}
