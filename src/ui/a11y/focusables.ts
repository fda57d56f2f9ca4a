/** What Tab can stop on: enabled controls and links, and anything with a tabindex of 0 or more. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements inside `root` that Tab stops on, in order, leaving out hidden and inert ones. */
export function getTabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert], [hidden]') && el.getClientRects().length > 0,
  );
}

/** Moves focus to `el` if it can take it; true when it did. */
export function focusIfPossible(el: Element | null | undefined): boolean {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  el.focus();
  return document.activeElement === el;
}

/** Where focus goes when a dialog or panel opens: its first field outside its header, else its heading. */
export function focusStart(box: HTMLElement) {
  const first = getTabbables(box).find((el) => !el.closest('header'));
  if (focusIfPossible(first)) return;
  const heading = box.querySelector<HTMLElement>('h1, h2, h3');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}
