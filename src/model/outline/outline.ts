// The outline: what every reader (plain text, Markdown, HTML, Word) turns its input into, and the
// one thing the importer reads. Lines with a kind, a level and, where written, a number.

export type OutlineLink = { text: string; href: string };

export type OutlineLine = {
  /** heading: a heading of the source; item: a bullet or list entry; text: any other paragraph. */
  kind: 'heading' | 'item' | 'text';
  /** heading: 1 to 6, or 0 for a document title marked as such (Word's Title style); item: how deep it is nested, from 0; text: 0. */
  level: number;
  text: string;
  /** The number of a numbered list entry ("3." or "3)"), taken out of `text`. */
  number?: number;
  /** Safe links found in the line (http(s), mailto, tel); others were dropped and counted. */
  links?: OutlineLink[];
};

/** What a reader took away on purpose, so the preview and the command line can say so. */
export type Removed = { scripts: number; images: number; unsafeLinks: number };

export type Outline = { lines: OutlineLine[]; removed: Removed };

/** Larger input is refused before it is read: no trapp is this long, and reading it would stall the page. */
export const MAX_INPUT_CHARS = 4_000_000;
/** A Word file's text part may inflate to at most this; a larger one is refused as a possible zip bomb. */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
/** Lines past this are not read (a trapp has a few hundred). */
export const MAX_LINES = 20_000;

export const noneRemoved = (): Removed => ({ scripts: 0, images: 0, unsafeLinks: 0 });

/** Spaces of every kind (non-breaking, tabs, soft hyphens gone) folded to one, ends trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
