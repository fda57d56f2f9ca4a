import { useEffect, useMemo, useState } from 'react';
import { getImportLevels, importOutline, type ImportOptions } from '@/model/outline/importOutline';
import type { OutlineProblem } from '@/model/outline/importSource';
import { MAX_DOCX_BYTES, readOutline, type OutlineRead, type OutlineSource } from '@/model/outline/readOutline';
import { getSourceKind } from '@/model/outline/sourceKind';
import type { ImportStart } from './importStart';

/** The source a paste gives: the web page or Word text as HTML when the clipboard has it, else the plain text. */
const fromStart = (start: ImportStart): OutlineSource | undefined =>
  start.html
    ? { kind: 'html', text: start.html }
    : start.text !== undefined
      ? { kind: 'text', text: start.text }
      : undefined;

/**
 * The import dialog's state: the text shown, the source it came from (a paste may be HTML), the
 * outline read from it and the document made with the user's choices, or the problem to show.
 */
export function useOutlineImport(start: ImportStart) {
  const [text, setText] = useState(start.text ?? '');
  const [source, setSource] = useState<OutlineSource | undefined>(() => fromStart(start));
  const [read, setRead] = useState<OutlineRead | undefined>();
  const [options, setOptions] = useState<ImportOptions>({});
  const [fileName, setFileName] = useState<string | undefined>(start.file?.name);

  useEffect(() => {
    let live = true;
    setOptions({});
    setRead(undefined);
    if (source) void readOutline(source).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [source]);

  const openFile = async (file: File) => {
    const kind = getSourceKind(file.name);
    setFileName(file.name);
    if (!kind) return setRead({ ok: false, problem: 'unknownFile' });
    if (file.size > MAX_DOCX_BYTES) return setRead({ ok: false, problem: 'tooLarge' });
    if (kind === 'docx') {
      setText('');
      setSource({ kind, bytes: new Uint8Array(await file.arrayBuffer()) });
    } else {
      const content = await file.text();
      setText(kind === 'text' ? content : '');
      setSource({ kind, text: content });
    }
  };
  useEffect(() => {
    if (start.file) void openFile(start.file);
    // Only the file the dialog was opened with; later files come through openFile.
  }, [start.file]);

  const result = useMemo(() => (read?.ok ? importOutline(read.outline, options) : undefined), [read, options]);
  const levels = useMemo(() => (read?.ok ? getImportLevels(read.outline) : []), [read]);
  const problem: OutlineProblem | undefined =
    read && !read.ok ? { code: read.problem } : result && !result.ok ? result.problem : undefined;
  return {
    text,
    /** Typed or pasted as plain text. */
    setText: (value: string) => (setText(value), setSource({ kind: 'text', text: value })),
    /** Pasted with the clipboard's HTML, which keeps the headings and lists a plain paste loses. */
    pasteHtml: (html: string, plain: string) => (setText(plain), setSource({ kind: 'html', text: html })),
    openFile,
    sourceKind: source?.kind,
    fileName,
    reading: source !== undefined && read === undefined,
    result: result?.ok ? result : undefined,
    problem,
    levels,
    options,
    setOptions: (changes: ImportOptions) => setOptions((before) => ({ ...before, ...changes })),
  };
}
