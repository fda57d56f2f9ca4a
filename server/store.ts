// Everything the server keeps, as SQL that PostgreSQL and the embedded PGlite both run.
import * as Y from 'yjs';
import { saveDocument } from '@/model/load';
import { createYDocument } from '@/model/collab/yDocument';
import type { TrappDocument } from '@/model/types';
import { hashPassword, hashToken, newId, newToken, verifyPassword } from './secrets';
import type { Storage } from './storage';

export type Role = 'edit' | 'view';
/** A session ends this long after log-in; the person logs in again. */
export const SESSION_MS = 30 * 24 * 60 * 60 * 1000;
export type Access = { role: Role; userId?: string; shareId?: string };
export type DocumentRow = {
  id: string;
  owner_id: string;
  title: string;
  state: Uint8Array;
  json: string;
  published: boolean;
};

export function createStore(db: Storage) {
  const now = () => Date.now();
  const one = async <T>(sql: string, params: unknown[]) => (await db.query<T>(sql, params))[0];

  return {
    async createUser(name: string, password: string): Promise<string | undefined> {
      if (await one('select id from users where name = $1', [name])) return undefined;
      const id = newId();
      await db.query('insert into users (id, name, password_hash, created_at) values ($1, $2, $3, $4)', [
        id,
        name,
        await hashPassword(password),
        now(),
      ]);
      return id;
    },
    /** A new session token for a right name and password; undefined otherwise (same answer for both). */
    async logIn(name: string, password: string): Promise<string | undefined> {
      const user = await one<{ id: string; password_hash: string }>(
        'select id, password_hash from users where name = $1',
        [name],
      );
      if (!user || !(await verifyPassword(password, user.password_hash))) return undefined;
      const token = newToken();
      await db.query('insert into sessions (token_hash, user_id, created_at) values ($1, $2, $3)', [
        hashToken(token),
        user.id,
        now(),
      ]);
      return token;
    },
    async userForSession(token: string): Promise<string | undefined> {
      return (
        await one<{ user_id: string }>('select user_id from sessions where token_hash = $1 and created_at > $2', [
          hashToken(token),
          now() - SESSION_MS,
        ])
      )?.user_id;
    },
    async logOut(token: string): Promise<void> {
      await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
    },
    async createDocument(ownerId: string, doc: TrappDocument): Promise<string> {
      const id = newId();
      const state = Y.encodeStateAsUpdate(createYDocument(doc));
      await db.query(
        'insert into documents (id, owner_id, title, state, json, updated_at) values ($1, $2, $3, $4, $5, $6)',
        [id, ownerId, doc.meta.title, state, saveDocument(doc), now()],
      );
      return id;
    },
    async listDocuments(ownerId: string) {
      return db.query<{ id: string; title: string; published: boolean; updated_at: string }>(
        'select id, title, published, updated_at from documents where owner_id = $1 order by updated_at desc',
        [ownerId],
      );
    },
    getDocument(id: string): Promise<DocumentRow | undefined> {
      return one<DocumentRow>('select id, owner_id, title, state, json, published from documents where id = $1', [id]);
    },
    async saveDocumentState(id: string, state: Uint8Array, doc: TrappDocument): Promise<void> {
      await db.query('update documents set state = $2, json = $3, title = $4, updated_at = $5 where id = $1', [
        id,
        state,
        saveDocument(doc),
        doc.meta.title,
        now(),
      ]);
    },
    async setPublished(id: string, ownerId: string, published: boolean): Promise<boolean> {
      return (
        (
          await db.query('update documents set published = $3 where id = $1 and owner_id = $2 returning id', [
            id,
            ownerId,
            published,
          ])
        ).length > 0
      );
    },
    async createShare(documentId: string, role: Role): Promise<{ id: string; token: string }> {
      const id = newId();
      const token = newToken();
      await db.query('insert into shares (id, document_id, token_hash, role, created_at) values ($1, $2, $3, $4, $5)', [
        id,
        documentId,
        hashToken(token),
        role,
        now(),
      ]);
      return { id, token };
    },
    /** Revokes a share of a document the user owns; false when there is none. */
    async revokeShare(shareId: string, ownerId: string): Promise<boolean> {
      const rows = await db.query(
        'update shares set revoked = true where id = $1 and document_id in (select id from documents where owner_id = $2) returning id',
        [shareId, ownerId],
      );
      return rows.length > 0;
    },
    async listShares(documentId: string) {
      return db.query<{ id: string; role: Role; revoked: boolean }>(
        'select id, role, revoked from shares where document_id = $1 order by created_at',
        [documentId],
      );
    },
    /** Which of these shares have been revoked (by any server process). */
    async revokedAmong(shareIds: string[]): Promise<string[]> {
      if (shareIds.length === 0) return [];
      return (await db.query<{ id: string }>('select id from shares where revoked and id = any($1)', [shareIds])).map(
        (r) => r.id,
      );
    },
    /** What a token (a session's or a share's) may do with a document; undefined: nothing. */
    async access(token: string, documentId: string): Promise<Access | undefined> {
      const owner = await one<{ user_id: string }>(
        'select s.user_id from sessions s join documents d on d.owner_id = s.user_id where s.token_hash = $1 and d.id = $2 and s.created_at > $3',
        [hashToken(token), documentId, now() - SESSION_MS],
      );
      if (owner) return { role: 'edit', userId: owner.user_id };
      const share = await one<{ id: string; role: Role }>(
        'select id, role from shares where token_hash = $1 and document_id = $2 and not revoked',
        [hashToken(token), documentId],
      );
      return share ? { role: share.role, shareId: share.id } : undefined;
    },
  };
}

export type Store = ReturnType<typeof createStore>;
