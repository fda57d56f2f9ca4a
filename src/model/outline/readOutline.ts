// The readers' front door: a pasted text, a web page or a Word file into an outline, with the size
// checks that keep a huge or hostile input from stalling the page. The Word reader loads on demand.
import { MAX_INPUT_CHARS, MAX_LINES, type Outline } from './outline';
import { readHtmlOutline } from './readHtmlOutline';
import { readTextOutline } from './readTextOutline';
import type { SourceKind } from './sourceKind';

export type OutlineSource = { kind: Exclude<SourceKind, 'docx'>; text: string } | { kind: 'docx'; bytes: Uint8Array };
export type ReadProblem = 'empty' | 'tooLarge' | 'notDocx' | 'docxTooLarge' | 'unknownFile';
export type OutlineRead = { ok: true; outline: Outline } | { ok: false; problem: ReadProblem };

/** A Word file larger than this is refused before it is unzipped. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** Text that is really a web page (a saved page named .txt, or HTML pasted as text). */
const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html[\s>])/i.test(text);

export async function readOutline(source: OutlineSource): Promise<OutlineRead> {
  if (source.kind === 'docx') {
    if (source.bytes.length === 0) return { ok: false, problem: 'empty' };
    if (source.bytes.length > MAX_DOCX_BYTES) return { ok: false, problem: 'tooLarge' };
    const { readDocxOutline } = await import('./readDocxOutline');
    const read = readDocxOutline(source.bytes);
    return read.ok ? checkEmpty(read.outline) : read;
  }
  if (source.text.trim() === '') return { ok: false, problem: 'empty' };
  if (source.text.length > MAX_INPUT_CHARS) return { ok: false, problem: 'tooLarge' };
  const html = source.kind === 'html' || looksLikeHtml(source.text);
  return checkEmpty(html ? readHtmlOutline(source.text) : readTextOutline(source.text));
}

/** No lines is nothing to read; the readers' most lines is more than any trapp, and reading on would drop the rest unseen. */
function checkEmpty(outline: Outline): OutlineRead {
  if (outline.lines.length === 0) return { ok: false, problem: 'empty' };
  return outline.lines.length >= MAX_LINES ? { ok: false, problem: 'tooLarge' } : { ok: true, outline };
}
