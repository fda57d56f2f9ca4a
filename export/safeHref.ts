/** Links an export may carry: web pages, e-mail and phone; anything else (javascript:, data:, file:) is dropped. */
export function getSafeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d][\d\s().-]*)$/i.test(trimmed)) return undefined;
  // Strip characters that could break out of an attribute or confuse a reader.
  return /["<>\\`\u0000-\u001f]/.test(trimmed) ? undefined : trimmed;
}
