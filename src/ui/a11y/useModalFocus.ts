import { useEffect, useRef, type RefObject } from 'react';
import { focusIfPossible, focusStart, getTabbables } from './focusables';

/** Open modals, the newest last: only the newest answers to Tab and Escape. */
const stack: HTMLElement[] = [];
/** How many open modals made each element inert, so nested ones give it back only when the last closes. */
const inertBy = new Map<Element, number>();

function setInert(elements: Element[], on: boolean) {
  for (const el of elements) {
    const count = (inertBy.get(el) ?? 0) + (on ? 1 : -1);
    if (count > 0) inertBy.set(el, count);
    else inertBy.delete(el);
    // Only what a modal made inert is given back; an element inert for its own reasons stays so.
    if (on && count === 1 && !el.hasAttribute('inert')) el.setAttribute('inert', '');
    else if (on && count === 1) inertBy.delete(el);
    else if (!on && count === 0) el.removeAttribute('inert');
  }
}

/**
 * A modal's keyboard behaviour: focus moves in when it opens, Tab and Shift+Tab cycle inside it,
 * Escape closes it, what is beside it (the rest of the app) is inert while it is open, and focus
 * goes back to the control that opened it when it closes. `layer` is the modal's outermost element
 * (its backdrop), `dialog` the box that holds the focus.
 */
export function useModalFocus(layer: RefObject<HTMLElement | null>, dialog: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const box = dialog.current;
    const outer = layer.current;
    if (!box || !outer) return;
    const opener = document.activeElement;
    const siblings = [...(outer.parentElement?.children ?? [])].filter((el) => el !== outer && !stack.some((open) => el.contains(open)));
    stack.push(box);
    setInert(siblings, true);
    focusStart(box);
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
      focusIfPossible(opener);
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
