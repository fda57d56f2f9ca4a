// A stored document is validated before it is drawn, and the validator (zod) is not in the first
// load. So that a returning visitor does not wait for it, a hint in local storage, set once a
// document is stored, lets the page start fetching the validator before the editor's code has run.
const STORED_HINT = 'trappa.storedDocument';

export function hasStoredHint(): boolean {
  try {
    return localStorage.getItem(STORED_HINT) === '1';
  } catch {
    return false;
  }
}

export function setStoredHint(): void {
  try {
    localStorage.setItem(STORED_HINT, '1');
  } catch {
    // Without local storage the validator just loads when the stored document is opened.
  }
}
