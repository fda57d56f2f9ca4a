import type { LoadProblem } from '@/model/load';
import type { TrappDocument } from '@/model/types';
import type { DocumentLock } from './documentLock';
import type { DocumentStore } from './documentStore';
import type { TabChannel } from './tabChannel';

/** edit: this tab edits; elsewhere: another tab edits it (read-only here); takenOver: another tab took it from this one. */
export type Access = 'edit' | 'elsewhere' | 'takenOver';

export type WorkspaceState = {
  /** Undefined while the document is not (yet) in the library, e.g. when storing it was refused. */
  documentId: string | undefined;
  name: string;
  access: Access;
  saving: 'saved' | 'pending' | 'failed';
  failure?: 'quota' | 'other';
  /** IndexedDB could not be opened (blocked, private mode): nothing is kept across reloads. */
  storageUnavailable: boolean;
  /** A shared document: the server keeps it, so there is no save status of this library's to show. */
  shared: boolean;
  /** Bumped on every change to the library, so a view of it reads it again. */
  libraryVersion: number;
  /** The last document, not reopened at this start because it did not draw the last time it was open. */
  skipped?: { id: string; name: string };
};

export type OpenOutcome =
  | { ok: true }
  /** unsaved: the open document has changes that could not be stored; nothing was replaced. */
  | { ok: false; reason: 'missing' | 'unsaved' | 'unavailable' }
  | { ok: false; reason: 'invalid'; problems: LoadProblem[] };

export type WorkspaceOptions = {
  store: DocumentStore | undefined;
  lock: DocumentLock;
  channel?: TabChannel;
  /** The document a new library starts with. */
  createFallback: () => TrappDocument;
  /** A shared document (ui/collab): kept by the server and the browser's Y.Doc copy, not by this library. */
  shared?: boolean;
};
