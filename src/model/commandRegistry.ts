// Every command of the editor in one list: its name and the key of its history label (a command
// may pick a more precise key under it, `history.nudge.step`). Tests check the list against the
// interface strings and the undo/redo cases; a new command module is added here.
import type { Command } from './command';
import * as arrangeCommands from './arrangeCommands';
import * as brandKit from './brandKit';
import * as chartCommands from './chartCommands';
import * as commands from './commands';
import * as contentCommands from './contentCommands';
import * as elementCommands from './elementCommands';
import * as figureCommands from './figureCommands';
import * as itemCommands from './itemCommands';
import * as languageCommands from './languageCommands';
import * as outlineCommands from './outlineCommands';
import * as pageCommands from './pageCommands';
import * as themeCommands from './themeCommands';
import * as trackCommands from './trackCommands';

export type CommandEntry = { name: string; labelKey: string; command: Command<never> };

export const isCommand = (value: unknown): value is Command<never> =>
  typeof value === 'object' && value !== null && 'apply' in value && 'label' in value && 'name' in value;

/** The commands a module exports. */
export const getModuleCommands = (module: Record<string, unknown>): Command<never>[] =>
  Object.values(module).filter(isCommand);

const modules = [
  arrangeCommands,
  brandKit,
  chartCommands,
  commands,
  contentCommands,
  elementCommands,
  figureCommands,
  itemCommands,
  languageCommands,
  outlineCommands,
  pageCommands,
  themeCommands,
  trackCommands,
];

export const commandRegistry: readonly CommandEntry[] = modules
  .flatMap(getModuleCommands)
  .map((command) => ({ name: command.name, labelKey: `history.${command.name}`, command }));
