import { useEffect, useRef, type RefObject } from 'react';
import { focusIfPossible, focusStart, getTabbables } from './focusables';

/** Open modals, the newest last: only the newest answers to Tab and Escape. */
const stack: HTMLElement[] = [];
/**
 * Recent modals and what opened each, newest last. A modal opened from inside another (the figure
 * import from the data table) may outlive the control that opened it; focus then goes back to
 * what opened the outer one.
 */
const openers: { box: HTMLElement; chain: Element[] }[] = [];

function getOpenerChain(from: Element | null): Element[] {
  if (!from) return [];
  const outer = [...openers].reverse().find((entry) => entry.box.contains(from));
  return [from, ...(outer?.chain ?? [])];
}

/** How many open modals made each element inert, so nested ones give it back only when the last closes. */
const inertBy = new Map<Element, number>();

function setInert(elements: Element[], on: boolean) {
  for (const el of elements) {
    // Only what a modal made inert is counted and given back; an element inert for its own reasons stays so.
    if (on && !inertBy.has(el) && el.hasAttribute('inert')) continue;
    if (!on && !inertBy.has(el)) continue;
    const count = (inertBy.get(el) ?? 0) + (on ? 1 : -1);
    if (count > 0) inertBy.set(el, count);
    else inertBy.delete(el);
    if (on && count === 1) el.setAttribute('inert', '');
    else if (count === 0) el.removeAttribute('inert');
  }
}

/**
 * A modal's keyboard behaviour: focus moves in when it opens, Tab and Shift+Tab cycle inside it,
 * Escape closes it, what is beside it (the rest of the app) is inert while it is open, and focus
 * goes back to the control that opened it when it closes. `layer` is the modal's outermost element
 * (its backdrop), `dialog` the box that holds the focus.
 */
export function useModalFocus(
  layer: RefObject<HTMLElement | null>,
  dialog: RefObject<HTMLElement | null>,
  onClose: () => void,
) {
  const close = useRef(onClose);
  close.current = onClose;
  // Read while rendering, before an autoFocus inside takes focus during the commit.
  const openedFrom = useRef<Element[] | undefined>(undefined);
  if (openedFrom.current === undefined) openedFrom.current = getOpenerChain(document.activeElement);
  useEffect(() => {
    const box = dialog.current;
    const outer = layer.current;
    if (!box || !outer) return;
    const chain = openedFrom.current ?? [];
    openers.push({ box, chain });
    if (openers.length > 8) openers.shift();
    // Everything beside the modal turns inert, an open modal under it too (a file's problems over the library);
    // not the notices (another tab took over, saving failed): they can need an answer while a dialog is open.
    const siblings = [...(outer.parentElement?.children ?? [])].filter((el) => el !== outer && !el.matches('.notices'));
    stack.push(box);
    setInert(siblings, true);
    if (!box.contains(document.activeElement)) focusStart(box);
    const onKey = (event: KeyboardEvent) => {
      if (stack[stack.length - 1] !== box || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab') cycle(box, event);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      stack.splice(stack.indexOf(box), 1);
      setInert(siblings, false);
      chain.some((el) => focusIfPossible(el));
    };
  }, [layer, dialog]);
}

/** Tab past the last field goes to the first and Shift+Tab before the first to the last; focus outside comes back in. */
function cycle(box: HTMLElement, event: KeyboardEvent) {
  const items = getTabbables(box);
  const first = items[0];
  const last = items[items.length - 1];
  const at = document.activeElement;
  const outside = !at || !box.contains(at);
  if (!first || !last) return event.preventDefault();
  if (outside || (event.shiftKey ? at === first : at === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
