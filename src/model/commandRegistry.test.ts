import { expect, it } from 'vitest';
import { commandRegistry, getModuleCommands } from './commandRegistry';

it('lists every command any model module exports, once each', () => {
  // Every module of the model, so a command in a module the registry forgot is found.
  const all = Object.values(
    import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true }),
  ).flatMap(getModuleCommands);
  const names = commandRegistry.map((entry) => entry.name);
  expect(new Set(names).size).toBe(names.length);
  expect([...new Set(all.map((command) => command.name))].sort()).toEqual([...names].sort());
  expect(names.length).toBeGreaterThan(80);
});
