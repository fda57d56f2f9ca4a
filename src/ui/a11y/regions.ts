import { focusIfPossible, getTabbables } from './focusables';

/**
 * The editor's regions in screen order, as F6 visits them (as office programs do): the toolbar,
 * its document actions (Datatabell, Tema, Presenter, Eksporter), the steps list or the theme panel in its place, the palette, the drawing, the page strip and the
 * inspector. A region not shown (the theme panel while closed) is passed over.
 */
const REGIONS = [
  '.toolbar',
  '.toolbar-actions',
  '.theme-panel',
  '.steps-panel',
  '.palette',
  '.canvas .react-flow',
  '.page-strip',
  '.inspector',
];

const isShown = (el: Element) => el.getClientRects().length > 0 && !el.closest('[inert]');

/** The drawing's selected part if any, else its first: where focus lands when the canvas is reached. */
export function focusCanvas(): boolean {
  const nodes = '.canvas .react-flow__node[tabindex="0"]';
  return focusIfPossible(document.querySelector(`${nodes}.selected`) ?? document.querySelector(nodes));
}

function focusRegion(region: Element): boolean {
  if (region.matches('.react-flow')) return focusCanvas();
  return focusIfPossible(getTabbables(region)[0]);
}

/** Moves focus to the next region (or the previous, `back`) from where focus is now; false when none took it. */
export function focusNextRegion(back: boolean): boolean {
  const regions = REGIONS.map((selector) => document.querySelector(selector)).filter(
    (el): el is Element => !!el && isShown(el),
  );
  const at = document.activeElement;
  // The innermost region holding focus (the toolbar holds its actions).
  const current = regions.findLastIndex((r) => at && r.contains(at));
  for (let step = 1; step <= regions.length; step++) {
    const index =
      current < 0
        ? back
          ? regions.length - step
          : step - 1
        : (current + (back ? -step : step) + regions.length * step) % regions.length;
    if (focusRegion(regions[index])) return true;
  }
  return false;
}
