import { describe, expect, it } from 'vitest';
import { readSharedLink, SESSION_KEY } from './readSharedLink';

const storage = (session?: string) => ({ getItem: (key: string) => (key === SESSION_KEY ? (session ?? null) : null) });

describe('readSharedLink', () => {
  it('is undefined without ?d=, so the single-user editor starts', () => {
    expect(readSharedLink({ search: '', hash: '#t=abc' }, storage('s'))).toBeUndefined();
    expect(readSharedLink({ search: '?x=1', hash: '' }, storage('s'))).toBeUndefined();
  });

  it("takes a share link's token before the logged-in session", () => {
    expect(readSharedLink({ search: '?d=doc1', hash: '#t=share' }, storage('session'))).toEqual({
      documentId: 'doc1',
      token: 'share',
    });
    expect(readSharedLink({ search: '?d=doc1', hash: '' }, storage('session'))).toEqual({
      documentId: 'doc1',
      token: 'session',
    });
    expect(readSharedLink({ search: '?d=doc1', hash: '' }, storage())).toEqual({
      documentId: 'doc1',
      token: undefined,
    });
  });

  it('still reads the share token when storage throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readSharedLink({ search: '?d=doc1', hash: '#t=share' }, blocked)).toEqual({
      documentId: 'doc1',
      token: 'share',
    });
  });
});
