// Pure rules of the project library: names, search, the bin.
import { placeholders } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import type { DocumentRecord } from './db';

/** Days a deleted document stays in the bin before it is deleted for good. */
export const BIN_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** What the library shows of a document; `document` is undefined when the stored copy no longer loads. */
export type LibraryEntry = {
  id: string;
  name: string;
  municipality: string;
  title: string;
  updatedAt: number;
  deletedAt?: number;
  document?: TrappDocument;
};

/** A new document's name in the library: "Lillesand – Helhetlig innsatstrapp". */
export function getDefaultName(document: TrappDocument): string {
  const { municipality, title } = document.meta;
  return [municipality.trim(), title.trim()].filter(Boolean).join(' – ') || 'Trapp';
}

/** The default names of a blank document, in each language, which older records kept after the title changed. */
const placeholderNames = new Set(Object.values(placeholders).map((words) => `${words.municipality} – ${words.title}`));

/**
 * The name a library card shows: the one the user gave, or else the document's municipality and
 * title as they are now (not as they were when it was made). A record from before the library knew
 * the difference counts its name as given unless it is a blank document's default.
 */
export function getCardName(
  record: Pick<DocumentRecord, 'name' | 'renamed'>,
  document: TrappDocument | undefined,
): string {
  const given = record.renamed ?? !placeholderNames.has(record.name);
  return given || !document ? record.name : getDefaultName(document);
}

/** "Navn (kopi)", then "Navn (kopi 2)", ... whichever is not taken. */
export function getCopyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(kopi( \d+)?\)$/, '');
  const used = new Set(taken);
  if (!used.has(`${base} (kopi)`)) return `${base} (kopi)`;
  for (let n = 2; ; n++) if (!used.has(`${base} (kopi ${n})`)) return `${base} (kopi ${n})`;
}

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');

/** Entries whose name, municipality or title contain every word of the query, in any case. */
export function searchEntries<T extends Pick<LibraryEntry, 'name' | 'municipality' | 'title'>>(
  entries: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = fold(`${entry.name} ${entry.municipality} ${entry.title}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Whole days left before a document in the bin is deleted for good (0 on its last day). */
export function getDaysLeftInBin(deletedAt: number, now: number): number {
  return Math.max(0, Math.ceil((deletedAt + BIN_DAYS * DAY - now) / DAY) - 1);
}

/** Newest change first. */
export function sortByUpdated<T extends { updatedAt: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A stored record as the library shows it, with its document read through `load` (which validates and migrates). */
export function toLibraryEntry(
  record: DocumentRecord,
  load: (raw: unknown) => TrappDocument | undefined,
): LibraryEntry {
  const document = load(record.document);
  return {
    id: record.id,
    name: getCardName(record, document),
    municipality: document?.meta.municipality ?? '',
    title: document?.meta.title ?? '',
    updatedAt: record.updatedAt,
    deletedAt: record.deletedAt,
    document,
  };
}
