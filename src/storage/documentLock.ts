// One tab edits a document at a time. The Web Locks API gives the lock to one tab of the origin
// and takes it back by itself when that tab closes or crashes, so a lost tab never leaves a stale lock.

/** The part of `navigator.locks` used here, so tests can hand in their own. */
export type LockManagerLike = {
  request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
};

const lockName = (documentId: string) => `trappa:document:${documentId}`;

export class DocumentLock {
  private held: { documentId: string; release: () => void } | undefined;

  /** Without a lock manager (an old browser) every document counts as free. */
  constructor(private readonly locks: LockManagerLike | undefined) {}

  getHeld(): string | undefined {
    return this.held?.documentId;
  }

  /** Takes the document's lock if no other tab holds it; false if one does. */
  tryAcquire(documentId: string): Promise<boolean> {
    return this.request(documentId, true);
  }

  /** Waits until the tab that holds the lock lets it go (after it was asked to), then takes it. */
  acquire(documentId: string): Promise<boolean> {
    return this.request(documentId, false);
  }

  release(): void {
    this.held?.release();
    this.held = undefined;
  }

  private request(documentId: string, ifAvailable: boolean): Promise<boolean> {
    if (this.held?.documentId === documentId) return Promise.resolve(true);
    this.release();
    if (!this.locks) {
      this.held = { documentId, release: () => undefined };
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      this.locks!.request(lockName(documentId), { ifAvailable }, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        return new Promise<void>((release) => {
          this.held = { documentId, release };
          resolve(true);
        });
      }).catch(() => resolve(false));
    });
  }
}
