// Which shared document the page opens, and with which token. The URL contract others rely on:
// `/?d=<documentId>` opens a shared document; the token is a share link's `#t=<shareToken>`, else
// the logged-in session kept by the sharing UI in localStorage under SESSION_KEY.

export const SESSION_KEY = 'trappa.session';

export type SharedLink = { documentId: string; token: string | undefined };

/** The shared document the address asks for, or undefined for the single-user editor. */
export function readSharedLink(
  location: { search: string; hash: string },
  storage: Pick<Storage, 'getItem'> | undefined,
): SharedLink | undefined {
  const documentId = new URLSearchParams(location.search).get('d');
  if (!documentId) return undefined;
  const shareToken = new URLSearchParams(location.hash.replace(/^#/, '')).get('t');
  let session: string | null = null;
  try {
    session = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    // Storage blocked: only a share link's token can open the document.
  }
  return { documentId, token: shareToken || session || undefined };
}
