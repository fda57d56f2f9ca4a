import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command, CommandLabel } from './command';
import { gestureKey, type GestureKey } from './gestureKey';
import type { TrappDocument } from './types';

enablePatches();

export type HistoryEntry = { label: CommandLabel; patches: Patch[]; inverse: Patch[]; gesture?: GestureKey };

/** The undo and redo stacks as plain data (immer patches), so autosave can keep them across a reload. */
export type HistorySnapshot = { past: HistoryEntry[]; future: HistoryEntry[] };

export type RunOptions = {
  /**
   * Consecutive commands with the same gesture key (a drag, a burst of typing in one field)
   * become one undo step until `endGesture()` or a command with another key.
   */
  gesture?: GestureKey;
  /**
   * 'skip': apply without an undo step of its own (e.g. a live preview); the next recorded
   * command takes it into its undo step, so undo returns to the state before the preview.
   */
  history?: 'record' | 'skip';
};

type Listener = () => void;

/** A point in the history that a gesture can be cancelled back to (see `Editor.mark`). */
export type HistoryMark = { readonly depth: number };

/**
 * Where a shared document keeps the document and its history instead (collab/bindEditor.ts):
 * each change is written as it is made, and undo takes back only this person's steps.
 */
export interface SharedHistory {
  /** Writes a change; `newStep`: it starts an undo step of its own, named `label`. */
  write(document: TrappDocument, step: { label: CommandLabel; newStep: boolean }): void;
  undo(): boolean;
  redo(): boolean;
  /** One's own steps as history entries (labels only; the patches live in the shared document). */
  snapshot(): HistorySnapshot;
  /** Takes back every step after the first `depth`, leaving no redo step. */
  cancelTo(depth: number): void;
  /** Another document replaces the shared one in this editor: stop sharing (it is not replaced for everyone). */
  leave(): void;
  /** Brings in others' changes still waiting, so a command starts from the latest document. */
  sync(): void;
}

/**
 * The headless editor: holds the document and its history and runs commands. The React UI,
 * the tests and the command line all drive the document through this one object.
 */
export class Editor {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private openGesture: GestureKey | undefined;
  /** Changes run with history 'skip' since the last recorded command; the next recorded command absorbs them. */
  private skipped: { patches: Patch[]; inverse: Patch[] } = { patches: [], inverse: [] };
  /** Shared: the last change was a live preview, so the next command joins its undo step. */
  private skipping = false;
  private listeners = new Set<Listener>();
  private current: TrappDocument;
  private readOnly = false;
  /** While `batch` runs: the gesture key every command in it is recorded under. */
  private batchGesture: GestureKey | undefined;
  private batches = 0;
  private shared: SharedHistory | undefined;

  constructor(document: TrappDocument) {
    this.current = document;
  }

  get document(): TrappDocument {
    return this.current;
  }

  run<Args>(command: Command<Args>, args: Args, options: RunOptions = {}): void {
    if (this.readOnly) return;
    this.shared?.sync();
    if (this.batchGesture) options = { ...options, gesture: this.batchGesture };
    const [next, patches, inverse] = produceWithPatches(this.current, (draft) => command.apply(draft, args));
    if (patches.length === 0) return;
    const label = command.label(args, this.current);
    this.current = next;
    if (this.shared) this.writeShared(label, options);
    else if (options.history === 'skip') {
      this.skipped.patches.push(...patches);
      this.skipped.inverse.unshift(...inverse);
    } else {
      // Undo must return to the state before any live preview that this command records.
      const allPatches = [...this.skipped.patches, ...patches];
      const allInverse = [...inverse, ...this.skipped.inverse];
      this.skipped = { patches: [], inverse: [] };
      const last = this.past[this.past.length - 1];
      if (options.gesture && last && last.gesture === options.gesture && this.openGesture === options.gesture) {
        last.patches.push(...allPatches);
        last.inverse.unshift(...allInverse);
      } else {
        this.past.push({ label, patches: allPatches, inverse: allInverse, gesture: options.gesture });
      }
      this.openGesture = options.gesture;
      this.future = [];
    }
    this.emit();
  }

  /** Shared: a live preview opens a step the next recorded command joins; a command opens one unless its gesture goes on. */
  private writeShared(label: CommandLabel, options: RunOptions): void {
    const goesOn = (options.gesture !== undefined && this.openGesture === options.gesture) || this.skipping;
    this.shared!.write(this.current, { label, newStep: !goesOn });
    this.skipping = options.history === 'skip';
    if (!this.skipping) this.openGesture = options.gesture;
    this.emit();
  }

  /**
   * Shares the document (collab/bindEditor.ts), or with undefined stops sharing. From then on the
   * history lives in `shared`, and `receive` brings in what others change.
   */
  share(shared: SharedHistory | undefined): void {
    this.shared = shared;
    this.past = [];
    this.future = [];
    this.openGesture = undefined;
    this.skipping = false;
    this.skipped = { patches: [], inverse: [] };
  }

  /** Another person's change (or one's own undo) on a shared document: shown, with no history of its own. */
  receive(document: TrappDocument): void {
    if (document === this.current) return;
    this.current = document;
    this.emit();
  }

  /** Closes the current gesture, so the next command starts a new undo step. */
  endGesture(): void {
    this.openGesture = undefined;
  }

  /**
   * Runs `fn`, and every command it runs becomes one undo step (labelled by the first), apart from
   * what came before and after. A batch inside a batch joins the outer one.
   */
  batch<T>(fn: () => T): T {
    if (this.batchGesture) return fn();
    this.openGesture = undefined;
    this.batchGesture = gestureKey('batch', ++this.batches);
    try {
      return fn();
    } finally {
      this.batchGesture = undefined;
      this.openGesture = undefined;
    }
  }

  /**
   * Closes the open gesture and remembers this point of the history, so that what follows (e.g.
   * typing in place) can be taken back with `cancelTo` without going through undo: no redo step is
   * left behind.
   */
  mark(): HistoryMark {
    this.openGesture = undefined;
    this.skipping = false;
    return { depth: this.getHistory().length };
  }

  /** Takes back every undo step recorded since the mark, and any live preview; the redo stack is left as it is. */
  cancelTo(mark: HistoryMark): void {
    if (this.readOnly) return;
    if (this.shared) return this.shared.cancelTo(mark.depth);
    const before = this.current;
    while (this.past.length > mark.depth) this.current = applyPatches(this.current, this.past.pop()!.inverse);
    if (this.skipped.inverse.length > 0) this.current = applyPatches(this.current, this.skipped.inverse);
    this.skipped = { patches: [], inverse: [] };
    this.openGesture = undefined;
    if (this.current !== before) this.emit();
  }

  undo(): boolean {
    return this.travel(this.past, this.future, 'inverse');
  }

  redo(): boolean {
    return this.travel(this.future, this.past, 'patches');
  }

  /** Undo or redo: moves the newest entry of one stack to the other, applying its patches one way. */
  private travel(from: HistoryEntry[], to: HistoryEntry[], patches: 'inverse' | 'patches'): boolean {
    if (this.readOnly) return false;
    if (this.shared) {
      this.openGesture = undefined;
      this.skipping = false;
      return patches === 'inverse' ? this.shared.undo() : this.shared.redo();
    }
    const entry = from.pop();
    if (!entry) return false;
    this.current = applyPatches(this.current, entry[patches]);
    to.push(entry);
    this.openGesture = undefined;
    this.skipped = { patches: [], inverse: [] };
    this.emit();
    return true;
  }

  canUndo(): boolean {
    return !this.readOnly && this.getHistorySnapshot().past.length > 0;
  }

  canRedo(): boolean {
    return !this.readOnly && this.getHistorySnapshot().future.length > 0;
  }

  /** A read-only editor shows its document but runs no command, undo or redo (e.g. while another tab edits it). */
  setReadOnly(readOnly: boolean): void {
    if (this.readOnly === readOnly) return;
    this.readOnly = readOnly;
    this.emit();
  }

  isReadOnly(): boolean {
    return this.readOnly;
  }

  getHistorySnapshot(): HistorySnapshot {
    return this.shared ? this.shared.snapshot() : { past: this.past, future: this.future };
  }

  /** What undo would undo, newest last. */
  getHistory(): readonly HistoryEntry[] {
    return this.getHistorySnapshot().past;
  }

  /** Opens another document; its history starts empty unless a saved one that belongs to it is given. */
  replace(document: TrappDocument, history?: HistorySnapshot): void {
    this.shared?.leave();
    this.current = document;
    this.past = history ? [...history.past] : [];
    this.future = history ? [...history.future] : [];
    this.openGesture = undefined;
    this.skipped = { patches: [], inverse: [] };
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
