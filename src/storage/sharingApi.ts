// The sharing client: thin fetch wrappers around the collaboration server's JSON API
// (server/api.ts). No React, no DOM; every failure is a SharingError whose code the UI
// turns into a sentence in the user's language (sharingErrorKey).

export type ShareRole = 'edit' | 'view';
export type SharedDocumentSummary = { id: string; title: string; published: boolean; updatedAt: number };
export type ShareSummary = { id: string; role: ShareRole; revoked: boolean };

/** Why a call failed; 'no-server' means the editor runs without the Trappa server (e.g. `npm start`). */
export type SharingErrorCode =
  | 'no-server'
  | 'network'
  | 'not-logged-in'
  | 'name-taken'
  | 'wrong-name-or-password'
  | 'bad-credentials'
  | 'not-found'
  | 'owner-only'
  | 'invalid-document'
  | 'failed';

export class SharingError extends Error {
  constructor(
    readonly code: SharingErrorCode,
    readonly status?: number,
  ) {
    super(`sharing: ${code}${status ? ` (${status})` : ''}`);
  }
}

/** The server's error names, as sent in `{ error }`, mapped to ours. */
const serverErrors: Record<string, SharingErrorCode> = {
  'not-logged-in': 'not-logged-in',
  'name-taken': 'name-taken',
  'wrong-name-or-password': 'wrong-name-or-password',
  'name-1-100-password-8-200': 'bad-credentials',
  'not-found': 'not-found',
  'owner-only': 'owner-only',
  'invalid-document': 'invalid-document',
};

export type SharingApi = ReturnType<typeof createSharingApi>;

/** `base` is the server's origin ('' in the browser: the server serves the editor itself). */
export function createSharingApi(base = '', fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  /** The answer's text once it is known to be the server's JSON (a success, else a SharingError). */
  async function send(method: string, path: string, token?: string, body?: unknown): Promise<string> {
    let res: Response;
    let text: string;
    try {
      res = await fetchImpl(base + path, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      text = await res.text();
    } catch {
      throw new SharingError('network');
    }
    // A static server (Vite) answers /api/ with a web page or nothing: there is no Trappa server.
    if (!(res.headers.get('content-type') ?? '').includes('application/json'))
      throw new SharingError('no-server', res.status);
    if (res.ok) return text;
    let error: unknown;
    try {
      error = (JSON.parse(text) as { error?: unknown }).error;
    } catch {
      // Not the server's error shape; reported as a plain failure below.
    }
    throw new SharingError(serverErrors[String(error)] ?? 'failed', res.status);
  }
  const request = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> =>
    JSON.parse(await send(method, path, token, body)) as T;

  return {
    /** A new account; resolves to its session token (already logged in). */
    createAccount: async (name: string, password: string) =>
      (await request<{ session: string }>('POST', '/api/users', undefined, { name, password })).session,
    logIn: async (name: string, password: string) =>
      (await request<{ session: string }>('POST', '/api/sessions', undefined, { name, password })).session,
    logOut: async (session: string) => void (await request('DELETE', '/api/sessions', session)),
    /** The documents the session's user owns, newest change first. */
    listDocuments: async (session: string) =>
      (await request<{ documents: SharedDocumentSummary[] }>('GET', '/api/documents', session)).documents,
    /** Uploads a trapp file's text into the shared library; resolves to the new document's id. */
    uploadDocument: async (session: string, fileText: string) =>
      (await request<{ id: string }>('POST', '/api/documents', session, fileText)).id,
    /** The current version as trapp file text (a session or a share token). */
    downloadDocument: (token: string, id: string) => send('GET', `/api/documents/${encodeURIComponent(id)}`, token),
    listShares: async (session: string, id: string) =>
      (await request<{ shares: ShareSummary[] }>('GET', `/api/documents/${encodeURIComponent(id)}/shares`, session))
        .shares,
    /** A new share link's id and token; the token is shown only now (the server keeps its hash). */
    createShare: (session: string, id: string, role: ShareRole) =>
      request<{ id: string; token: string; role: ShareRole }>(
        'POST',
        `/api/documents/${encodeURIComponent(id)}/shares`,
        session,
        { role },
      ),
    revokeShare: async (session: string, shareId: string) =>
      void (await request('DELETE', `/api/shares/${encodeURIComponent(shareId)}`, session)),
    /** Publishes or withdraws the read-only page; resolves to its path, /p/<id>. */
    setPublished: async (session: string, id: string, published: boolean) =>
      (
        await request<{ url: string }>('PUT', `/api/documents/${encodeURIComponent(id)}/published`, session, {
          published,
        })
      ).url,
  };
}

/** The address that opens a shared document in the editor: with a share token, a share link. */
export function sharedDocumentUrl(origin: string, id: string, shareToken?: string): string {
  return `${origin}/?d=${encodeURIComponent(id)}${shareToken ? `#t=${encodeURIComponent(shareToken)}` : ''}`;
}
