// Named, ordered steps that bring a file from an older format version to the next.
// Version 1 is the first published format, so the list is empty; the next change to
// the format adds a step here (e.g. `{ name: 'AddStepNotes', from: 1, up: ... }`)
// and bumps CURRENT_VERSION in schema.ts.

export type Migration = {
  name: string;
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
};

export const migrations: readonly Migration[] = [];

/** Applies every step from `version` up to `target`; throws if a step is missing. */
export function migrate(
  doc: Record<string, unknown>,
  version: number,
  target: number,
  steps: readonly Migration[] = migrations,
): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    current = { ...step.up(current), version: v + 1 };
  }
  return current;
}
