// Types for runCorpusCli.mjs.
import type { CorpusFile } from './corpus.mjs';
export type CliRun = {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssKb: number | undefined;
};
export const LIMITS: { ms: number; rssKb: number };
export const crashPattern: RegExp;
export function runCli(file: string, args: string[], dir: string): Promise<CliRun>;
export function checkRun(run: CliRun): string[];
export function runCorpus(
  files: Iterable<CorpusFile>,
  args: string[],
  options?: { concurrency?: number },
): Promise<(CliRun & { name: string; broken: string[] })[]>;
