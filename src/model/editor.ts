import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command, CommandLabel } from './command';
import type { TrappDocument } from './types';

enablePatches();

export type HistoryEntry = { label: CommandLabel; patches: Patch[]; inverse: Patch[]; gesture?: string };

/** The undo and redo stacks as plain data (immer patches), so autosave can keep them across a reload. */
export type HistorySnapshot = { past: HistoryEntry[]; future: HistoryEntry[] };

export type RunOptions = {
  /**
   * Consecutive commands with the same gesture key (a drag, a burst of typing in one field)
   * become one undo step until `endGesture()` or a command with another key.
   */
  gesture?: string;
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
 * The headless editor: holds the document and its history and runs commands. The React UI,
 * the tests and the command line all drive the document through this one object.
 */
export class Editor {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private openGesture: string | undefined;
  /** Changes run with history 'skip' since the last recorded command; the next recorded command absorbs them. */
  private skipped: { patches: Patch[]; inverse: Patch[] } = { patches: [], inverse: [] };
  private listeners = new Set<Listener>();
  private current: TrappDocument;
  private readOnly = false;
  /** While `batch` runs: the gesture key every command in it is recorded under. */
  private batchGesture: string | undefined;
  private batches = 0;

  constructor(document: TrappDocument) {
    this.current = document;
  }

  get document(): TrappDocument {
    return this.current;
  }

  run<Args>(command: Command<Args>, args: Args, options: RunOptions = {}): void {
    if (this.readOnly) return;
    if (this.batchGesture) options = { ...options, gesture: this.batchGesture };
    const [next, patches, inverse] = produceWithPatches(this.current, (draft) => command.apply(draft, args));
    if (patches.length === 0) return;
    const label = command.label(args, this.current);
    this.current = next;
    if (options.history === 'skip') {
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
    this.batchGesture = `batch:${++this.batches}`;
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
    return { depth: this.past.length };
  }

  /** Takes back every undo step recorded since the mark, and any live preview; the redo stack is left as it is. */
  cancelTo(mark: HistoryMark): void {
    if (this.readOnly) return;
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
    return !this.readOnly && this.past.length > 0;
  }

  canRedo(): boolean {
    return !this.readOnly && this.future.length > 0;
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
    return { past: this.past, future: this.future };
  }

  /** What undo would undo, newest last. */
  getHistory(): readonly HistoryEntry[] {
    return this.past;
  }

  /** Opens another document; its history starts empty unless a saved one that belongs to it is given. */
  replace(document: TrappDocument, history?: HistorySnapshot): void {
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
