// The JSON API: accounts, the shared library and share links. Every route that touches a
// document asks the store what the caller's token may do with it; no token, no document.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadDocument, loadParsed, saveDocument } from '@/model/load';
import { MAX_FILE_BYTES } from '@/storage/files';
import type { TrappDocument } from '@/model/types';
import type { Collab } from './collab';
import { HttpError, bearerToken, readBody, readJson, sendJson } from './httpUtil';
import { isValidId } from './secrets';
import type { Access, Store } from './store';

const NAME = /^[\p{L}\p{N} ._@-]{1,100}$/u;

export function createApi(store: Store, collab: Collab) {
  const session = async (req: IncomingMessage): Promise<string> => {
    const token = bearerToken(req);
    const userId = token ? await store.userForSession(token) : undefined;
    if (!userId) throw new HttpError(401, { error: 'not-logged-in' });
    return userId;
  };
  const access = async (req: IncomingMessage, id: string): Promise<Access> => {
    const token = bearerToken(req);
    const found = token && isValidId(id) ? await store.access(token, id) : undefined;
    // A wrong id and a wrong token answer the same, so ids cannot be probed.
    if (!found) throw new HttpError(404, { error: 'not-found' });
    return found;
  };
  const owner = async (req: IncomingMessage, id: string): Promise<string> => {
    const found = await access(req, id);
    if (!found.userId) throw new HttpError(403, { error: 'owner-only' });
    return found.userId;
  };
  const credentials = async (req: IncomingMessage) => {
    const { name, password } = await readJson(req);
    if (
      typeof name !== 'string' ||
      !NAME.test(name) ||
      typeof password !== 'string' ||
      password.length < 8 ||
      password.length > 200
    ) {
      throw new HttpError(400, { error: 'name-1-100-password-8-200' });
    }
    return { name, password };
  };
  /** The document as it is now: the open copy's last valid state, else what was stored. */
  const current = async (id: string): Promise<TrappDocument> => {
    const open = collab.openDocument(id)?.lastValid;
    if (open) return open;
    const row = await store.getDocument(id);
    const loaded = row ? loadParsed(JSON.parse(row.json)) : undefined;
    if (!loaded?.ok) throw new HttpError(404, { error: 'not-found' });
    return loaded.document;
  };

  type Route = [
    method: string,
    pattern: RegExp,
    handler: (req: IncomingMessage, res: ServerResponse, id: string) => Promise<void>,
  ];
  const routes: Route[] = [
    [
      'POST',
      /^\/api\/users$/,
      async (req, res) => {
        const { name, password } = await credentials(req);
        if (!(await store.createUser(name, password))) throw new HttpError(409, { error: 'name-taken' });
        sendJson(res, 201, { session: await store.logIn(name, password) });
      },
    ],
    [
      'POST',
      /^\/api\/sessions$/,
      async (req, res) => {
        const { name, password } = await credentials(req);
        const token = await store.logIn(name, password);
        if (!token) throw new HttpError(401, { error: 'wrong-name-or-password' });
        sendJson(res, 200, { session: token });
      },
    ],
    [
      'DELETE',
      /^\/api\/sessions$/,
      async (req, res) => {
        const token = bearerToken(req);
        if (token) await store.logOut(token);
        sendJson(res, 200, { loggedOut: true });
      },
    ],
    [
      'GET',
      /^\/api\/documents$/,
      async (req, res) => {
        const rows = await store.listDocuments(await session(req));
        sendJson(res, 200, {
          documents: rows.map((r) => ({
            id: r.id,
            title: r.title,
            published: r.published,
            updatedAt: Number(r.updated_at),
          })),
        });
      },
    ],
    [
      'POST',
      /^\/api\/documents$/,
      async (req, res) => {
        const userId = await session(req);
        const loaded = loadDocument(await readBody(req, MAX_FILE_BYTES));
        if (!loaded.ok) throw new HttpError(422, { error: 'invalid-document', problems: loaded.problems });
        sendJson(res, 201, { id: await store.createDocument(userId, loaded.document) });
      },
    ],
    [
      'GET',
      /^\/api\/documents\/([^/]+)$/,
      async (req, res, id) => {
        await access(req, id);
        const text = saveDocument(await current(id));
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="trapp.trapp.json"',
          'cache-control': 'no-store',
        });
        res.end(text);
      },
    ],
    [
      'GET',
      /^\/api\/documents\/([^/]+)\/shares$/,
      async (req, res, id) => {
        await owner(req, id);
        sendJson(res, 200, { shares: await store.listShares(id) });
      },
    ],
    [
      'POST',
      /^\/api\/documents\/([^/]+)\/shares$/,
      async (req, res, id) => {
        await owner(req, id);
        const { role } = await readJson(req);
        if (role !== 'edit' && role !== 'view') throw new HttpError(400, { error: 'role-edit-or-view' });
        const share = await store.createShare(id, role);
        sendJson(res, 201, { ...share, role });
      },
    ],
    [
      'PUT',
      /^\/api\/documents\/([^/]+)\/published$/,
      async (req, res, id) => {
        const userId = await owner(req, id);
        const { published } = await readJson(req);
        if (typeof published !== 'boolean') throw new HttpError(400, { error: 'published-true-or-false' });
        await store.setPublished(id, userId, published);
        sendJson(res, 200, { published, url: `/p/${id}` });
      },
    ],
    [
      'DELETE',
      /^\/api\/shares\/([^/]+)$/,
      async (req, res, id) => {
        if (!isValidId(id) || !(await store.revokeShare(id, await session(req))))
          throw new HttpError(404, { error: 'not-found' });
        collab.closeShare(id);
        sendJson(res, 200, { revoked: id });
      },
    ],
  ];

  return {
    current,
    /** True when the request was an API route (answered, or refused with a JSON error). */
    async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
      if (!path.startsWith('/api/')) return false;
      try {
        for (const [method, pattern, handler] of routes) {
          const match = pattern.exec(path);
          if (match && req.method === method) {
            await handler(req, res, match[1] ?? '');
            return true;
          }
        }
        throw new HttpError(404, { error: 'not-found' });
      } catch (error) {
        if (error instanceof HttpError) sendJson(res, error.status, error.body);
        else {
          process.stderr.write(`api: ${(error as Error).message}\n`);
          sendJson(res, 500, { error: 'internal' });
        }
      }
      return true;
    },
  };
}
