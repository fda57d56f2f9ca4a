// Types for corpus.mjs, so the TypeScript tests import it checked.
export type CorpusFile = { name: string; className: string; text: string };
export const corpusClasses: Record<string, () => Record<string, string | (() => string)>>;
export function iterateCorpus(): Generator<CorpusFile>;
export function listCorpus(): string[];
export function readCorpusFile(name: string): string;
export function sampleCorpus(perClass?: number, also?: string[]): CorpusFile[];
