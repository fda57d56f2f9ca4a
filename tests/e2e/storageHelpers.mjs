// Helpers for the storage tests: an editor page in a given browser context (so pages can share
// IndexedDB, as tabs of one browser profile do), editing a step title, and reading the canvas.
import { openEditor } from './browser.mjs';

/** An editor page in the given context, with the page's uncaught errors collected on `page.errors`. */
export async function openApp(context) {
  const { page, errors } = await openEditor(context);
  page.errors = errors;
  return page;
}

/** The title of step `number` as drawn on the canvas. */
export async function drawnTitle(page, number) {
  const node = page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) });
  return (await node.getAttribute('aria-label')).replace(/^Trinn \d+: /, '');
}

export async function setStepTitle(page, number, title) {
  await page.getByRole('img', { name: new RegExp(`^Trinn ${number}:`) }).click();
  const field = page.getByRole('complementary').getByLabel('Tittel', { exact: true });
  await field.fill(title);
  await field.blur();
}

export async function waitSaved(page) {
  await page.locator('.save-status', { hasText: 'Lagret' }).waitFor();
}

export async function openMenuItem(page, name) {
  await page.getByRole('button', { name: /^Fil/ }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** Opens a file through "Fil > Åpne fil …" and the browser's file chooser. */
export async function openFile(page, path) {
  const chooser = page.waitForEvent('filechooser');
  await openMenuItem(page, 'Åpne fil …');
  await (await chooser).setFiles(path);
}

/** The names of everything drawn on the canvas, in order: the document as the user sees it. */
export async function drawnLabels(page) {
  return page.locator('.react-flow__node-scene').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
}

/** Waits until the canvas draws the heading of the given municipality's trapp. */
export async function waitForHeader(page, municipality) {
  await page.getByRole('img', { name: new RegExp(`^${municipality}: `) }).waitFor();
}
