// A Word file (.docx) into an outline: headings from the paragraph styles (their outline level or
// "Heading n"/"Overskrift n"), list entries from the numbering, everything else as text. Read with
// fflate and saxes, as the XLSX import is, instead of a full Word converter: the zip's sizes are
// checked before anything is inflated, so a zip bomb is refused rather than filling the memory.
import { strFromU8, unzipSync } from 'fflate';
import { walkXml } from '../xmlWalk';
import { cleanText, MAX_DOCX_XML_BYTES, MAX_LINES, noneRemoved, type Outline, type OutlineLine } from './outline';

const parts = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'];

export type DocxProblem = 'notDocx' | 'docxTooLarge';
export type DocxRead = { ok: true; outline: Outline } | { ok: false; problem: DocxProblem };

/** Heading level (1-6, 0 for the Title style) by style id, from each style's outline level or its name. */
function readHeadingStyles(xml: string | undefined): Map<string, number> {
  const levels = new Map<string, number>();
  let style: string | undefined;
  if (xml)
    walkXml(
      xml,
      ({ name, attributes }) => {
        if (name === 'style') style = attributes['w:styleId'];
        const value = attributes['w:val'] ?? '';
        const named = /^(?:heading|overskrift)\s*(\d)$/i.exec(value);
        if (style && name === 'name' && named) levels.set(style, Number(named[1]));
        if (style && name === 'name' && /^(title|tittel)$/i.test(value)) levels.set(style, 0);
        if (style && name === 'outlineLvl' && Number(value) < 6) levels.set(style, Number(value) + 1);
      },
      () => {},
      () => {},
    );
  return levels;
}

/** Whether each list (numId) and level is numbered (decimal, letters …) rather than bulleted. */
function readNumberedLists(xml: string | undefined): (numId: string, level: number) => boolean {
  const abstractFormats = new Map<string, Map<number, string>>();
  const abstractOf = new Map<string, string>();
  let abstract: string | undefined;
  let num: string | undefined;
  let level = 0;
  if (xml)
    walkXml(
      xml,
      ({ name, attributes }) => {
        if (name === 'abstractNum') abstract = attributes['w:abstractNumId'];
        else if (name === 'lvl') level = Number(attributes['w:ilvl'] ?? 0);
        else if (name === 'numFmt' && abstract !== undefined)
          (abstractFormats.get(abstract) ?? abstractFormats.set(abstract, new Map()).get(abstract)!).set(
            level,
            attributes['w:val'] ?? '',
          );
        else if (name === 'num') num = attributes['w:numId'];
        else if (name === 'abstractNumId' && num !== undefined) abstractOf.set(num, attributes['w:val'] ?? '');
      },
      () => {},
      (name) => {
        if (name === 'abstractNum') abstract = undefined;
        if (name === 'num') num = undefined;
      },
    );
  return (numId, lvl) => {
    const format = abstractFormats.get(abstractOf.get(numId) ?? '')?.get(lvl);
    return format !== undefined && format !== 'bullet' && format !== 'none';
  };
}

export function readDocxOutline(bytes: Uint8Array): DocxRead {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!parts.includes(file.name)) return false;
        // The declared size bounds what fflate inflates into; a part that claims more is not opened.
        if (file.originalSize > MAX_DOCX_XML_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return { ok: false, problem: 'notDocx' };
  }
  if (tooLarge) return { ok: false, problem: 'docxTooLarge' };
  if (!files['word/document.xml']) return { ok: false, problem: 'notDocx' };
  const read = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  try {
    return {
      ok: true,
      outline: readDocumentXml(
        read('word/document.xml')!,
        readHeadingStyles(read('word/styles.xml')),
        readNumberedLists(read('word/numbering.xml')),
      ),
    };
  } catch {
    return { ok: false, problem: 'notDocx' };
  }
}

function readDocumentXml(
  xml: string,
  headings: Map<string, number>,
  isNumbered: (numId: string, level: number) => boolean,
): Outline {
  const removed = noneRemoved();
  const lines: OutlineLine[] = [];
  const counters = new Map<string, number>();
  let paragraph: { style?: string; numId?: string; level?: number; outline?: number; text: string } | undefined;
  let inText = false;
  walkXml(
    xml,
    ({ name, attributes }) => {
      const value = attributes['w:val'];
      if (name === 'p') paragraph = { text: '' };
      else if (!paragraph) return;
      else if (name === 'pStyle') paragraph.style = value;
      else if (name === 'numId') paragraph.numId = value;
      else if (name === 'ilvl') paragraph.level = Number(value ?? 0);
      else if (name === 'outlineLvl') paragraph.outline = Number(value);
      else if (name === 't') inText = true;
      else if (name === 'tab' || name === 'br') paragraph.text += ' ';
      else if (name === 'drawing' || name === 'pict') removed.images++;
    },
    (text) => {
      if (inText && paragraph) paragraph.text += text;
    },
    (name) => {
      if (name === 't') inText = false;
      if (name !== 'p' || !paragraph) return;
      const text = cleanText(paragraph.text);
      const heading =
        paragraph.outline !== undefined && paragraph.outline < 6
          ? paragraph.outline + 1
          : headings.get(paragraph.style ?? '');
      const listed = paragraph.numId !== undefined && paragraph.numId !== '0';
      const level = Math.min(paragraph.level ?? 0, 8);
      let number: number | undefined;
      if (listed && isNumbered(paragraph.numId!, level)) {
        const key = `${paragraph.numId}:${level}`;
        number = (counters.get(key) ?? 0) + 1;
        counters.set(key, number);
        // A deeper level starts again under each entry above it.
        for (const other of counters.keys())
          if (other.startsWith(`${paragraph.numId}:`) && Number(other.split(':')[1]) > level) counters.delete(other);
      }
      paragraph = undefined;
      if (text === '' || lines.length >= MAX_LINES) return;
      const line: OutlineLine =
        heading !== undefined
          ? { kind: 'heading', level: heading, text }
          : listed
            ? { kind: 'item', level, text }
            : { kind: 'text', level: 0, text };
      if (number !== undefined) line.number = number;
      lines.push(line);
    },
  );
  return { lines, removed };
}
