// Keyboard-only helpers for the end-to-end tests: move focus with Tab as a user would.

/** What the focused element is called: its label, aria-label or text, for matching. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-label') || (el.labels && el.labels[0]?.textContent) || el.textContent || '';
    return `${el.tagName.toLowerCase()}|${labelled.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's description matches; fails after `limit` presses. */
export async function tabTo(page, pattern, { limit = 250, back = false } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await describeFocus(page);
    if (pattern.test(focus)) return focus;
    seen.push(focus);
  }
  throw new Error(`Tab never reached ${pattern}; passed: ${[...new Set(seen)].slice(0, 80).join(' / ')}`);
}
