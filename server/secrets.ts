// Tokens, ids and passwords. Tokens are 128 random bits and only their SHA-256 is stored, so a
// copy of the database opens nothing; passwords are hashed with scrypt and a salt of their own.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** 128 random bits, URL-safe (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Document, user and share ids: random too, so an id says nothing about how many exist. */
export const newId = newToken;

/** What ids look like; anything else is refused before it reaches the database or Hocuspocus. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const isValidId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${(await derive(password, salt)).toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
