import type { Draft } from 'immer';
import type { TrappDocument } from './types';

/** The words the history list shows for a change; the UI translates the key. */
export type CommandLabel = { key: string; params?: Record<string, string | number> };

/**
 * A named change to the document. `apply` mutates an immer draft and never touches
 * anything else, so the same command serves the UI, undo/redo, autosave and tests.
 */
export type Command<Args> = {
  name: string;
  apply: (doc: Draft<TrappDocument>, args: Args) => void;
  label: (args: Args, doc: TrappDocument) => CommandLabel;
};

export function defineCommand<Args>(
  name: string,
  apply: Command<Args>['apply'],
  label: Command<Args>['label'] = () => ({ key: `history.${name}` }),
): Command<Args> {
  return { name, apply, label };
}
