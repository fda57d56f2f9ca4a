// Links come from files and from pasted text, so they are untrusted: a trapp may link to web
// pages, e-mail addresses and phone numbers and to nothing else (no javascript:, data:, file:).

export const safeProtocols = ['http:', 'https:', 'mailto:', 'tel:'] as const;
export const MAX_HREF_LENGTH = 2048;

/** Why an address was refused; the UI shows `link.refused.<reason>`. */
export type HrefRefusal = 'unsafeScheme' | 'invalid' | 'tooLong';
export type HrefCheck = { ok: true; href: string } | { ok: false; reason: HrefRefusal };

// Characters that never belong in a stored address: they could break out of an attribute in an
// export or hide a scheme from a reader (the URL parser silently drops tabs and newlines).
const unsafeCharacters = /[\s"'<>\\`\u0000-\u001f\u007f-\u009f]/;

/** True for an address that is safe to put in a link as it stands: http(s) with a host, mailto, tel. */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_HREF_LENGTH || unsafeCharacters.test(href))
    return false;
  const url = parse(href);
  if (!url || !(safeProtocols as readonly string[]).includes(url.protocol)) return false;
  if (url.protocol === 'tel:') return /^tel:\+?[\d().-]+$/i.test(href);
  if (url.protocol === 'mailto:') return href.length > 'mailto:'.length;
  return url.hostname !== '' && url.username === '' && url.password === '';
}

/**
 * What a user typed or pasted, made into a safe address or refused: trims, gives a bare domain
 * (`www.lillesand.kommune.no/helse`) https and an e-mail address mailto, and drops spaces in phone numbers.
 */
export function checkHref(input: string): HrefCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'invalid' };
  const trimmed = input.trim();
  if (trimmed.length > MAX_HREF_LENGTH) return { ok: false, reason: 'tooLong' };
  let candidate = trimmed;
  if (/^[^\s:/@]+@[^\s:/@]+\.[^\s:/@]+$/.test(trimmed)) candidate = `mailto:${trimmed}`;
  else if (/^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$/.test(trimmed)) candidate = `https://${trimmed}`;
  const url = parse(candidate);
  if (!url) return { ok: false, reason: 'invalid' };
  if (!(safeProtocols as readonly string[]).includes(url.protocol)) return { ok: false, reason: 'unsafeScheme' };
  const href =
    url.protocol === 'tel:' ? candidate.replace(/\s+/g, '') : url.protocol === 'mailto:' ? candidate : url.href;
  return isSafeHref(href) ? { ok: true, href } : { ok: false, reason: 'invalid' };
}

function parse(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}
