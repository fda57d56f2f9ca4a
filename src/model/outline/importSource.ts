// Read and import in one call, for callers that do not show a preview (the command line, tests).
import { importOutline, type ImportOptions, type ImportProblem, type ImportResult } from './importOutline';
import { readOutline, type OutlineSource, type ReadProblem } from './readOutline';

/** Why a text could not become a trapp: the interface says `outlineImport.problem.<code>`. */
export type OutlineProblem = { code: ReadProblem } | ImportProblem;
export type SourceImport = Extract<ImportResult, { ok: true }> | { ok: false; problem: OutlineProblem };

export async function importSource(source: OutlineSource, options: ImportOptions = {}): Promise<SourceImport> {
  const read = await readOutline(source);
  return read.ok ? importOutline(read.outline, options) : { ok: false, problem: { code: read.problem } };
}
