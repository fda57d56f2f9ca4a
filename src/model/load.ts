import type { z } from 'zod';
import { CURRENT_VERSION, FORMAT, documentSchema } from './schema';
import { migrate, migrations as knownMigrations, type Migration } from './migrations';
import type { TrappDocument } from './types';

/** Why a file could not be opened; the UI turns each into a sentence in the user's language. */
export type LoadProblem =
  | { code: 'empty' }
  | { code: 'notJson'; detail: string }
  | { code: 'notTrappa' }
  | { code: 'noVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'migrationFailed'; detail: string }
  /** `limit`: the most (or, for too_small, the least) the field takes; `origin`: what kind of value it is. */
  | { code: 'invalid'; path: string; expected: string; detail: string; limit?: number; origin?: string };

export type LoadResult = { ok: true; document: TrappDocument } | { ok: false; problems: LoadProblem[] };

const MAX_PROBLEMS = 50;

/** Reads a `.trapp.json` text: parse, check format and version, migrate, validate. Never throws. */
export function loadDocument(source: string, migrations: readonly Migration[] = knownMigrations): LoadResult {
  if (source.trim() === '') return fail({ code: 'empty' });
  let raw: unknown;
  try {
    // A byte-order mark is how some editors start a UTF-8 file; a browser's file reader drops it too.
    raw = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    return fail({ code: 'notJson', detail: String((error as Error).message) });
  }
  return loadParsed(raw, migrations);
}

export function loadParsed(raw: unknown, migrations: readonly Migration[] = knownMigrations): LoadResult {
  if (!isRecord(raw) || raw.format !== FORMAT) return fail({ code: 'notTrappa' });
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'noVersion' });
  if (version > CURRENT_VERSION) return fail({ code: 'newerVersion', version });
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw, version, CURRENT_VERSION, migrations);
  } catch (error) {
    return fail({ code: 'migrationFailed', detail: String((error as Error).message) });
  }
  let parsed: ReturnType<typeof documentSchema.safeParse>;
  try {
    parsed = documentSchema.safeParse(migrated);
  } catch (error) {
    // Pathological input (e.g. nesting deep enough to exhaust the stack) must not escape.
    return fail({ code: 'invalid', path: '', expected: 'document', detail: String((error as Error).message) });
  }
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map(toProblem) };
}

/** `steps[3].title` from zod's path `['steps', 3, 'title']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function toProblem(issue: z.core.$ZodIssue): LoadProblem {
  const path = formatPath(issue.path);
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    return { code: 'invalid', path, expected: issue.code, detail: issue.message, limit, origin: issue.origin };
  }
  const expected = issue.code === 'invalid_type' ? String(issue.expected) : issue.code;
  return { code: 'invalid', path, expected, detail: issue.message };
}

function fail(problem: LoadProblem): LoadResult {
  return { ok: false, problems: [problem] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document as file text, keys in the schema's order, so saving what was opened gives the same bytes. */
export function saveDocument(document: TrappDocument): string {
  const canonical = documentSchema.safeParse(document);
  return JSON.stringify(canonical.success ? canonical.data : document, null, 2) + '\n';
}
