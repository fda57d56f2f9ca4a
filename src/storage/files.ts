// `.trapp.json` files in and out. A file is untrusted: it is size-checked before it is read, and
// then parsed, migrated and validated by the loader; nothing of it reaches the editor unless all of it is good.
import type { LoadProblem } from '@/model/load';
import type { TrappDocument } from '@/model/types';

/** Larger than any real trapp by far (the biggest template is under 100 KB), small enough to read at once. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const FILE_EXTENSION = '.trapp.json';

export type OpenFileProblem =
  LoadProblem | { code: 'tooLarge'; size: number; limit: number } | { code: 'unreadable' } | { code: 'binary' };
export type OpenFileResult =
  { ok: true; document: TrappDocument; name: string } | { ok: false; problems: OpenFileProblem[] };

/** Reads a file the user chose or dropped. Never throws. */
export async function readTrappFile(file: Blob & { name?: string }): Promise<OpenFileResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problems: [{ code: 'tooLarge', size: file.size, limit: MAX_FILE_BYTES }] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
  return await openTrappText(text, file.name ?? '');
}

/** The document in a file's text, named after the file. */
export async function openTrappText(text: string, fileName: string): Promise<OpenFileResult> {
  // A picture, a zip or a Word file: say so rather than quote a JSON error about its bytes.
  if (/[\u0000\ufffd]/.test(text.slice(0, 1024))) return { ok: false, problems: [{ code: 'binary' }] };
  // The validator (zod) is loaded when a file is first opened, not with the page.
  const { loadDocument } = await import('@/model/load');
  const result = loadDocument(text);
  if (!result.ok) return result;
  return {
    ok: true,
    document: result.document,
    name: getNameFromFile(fileName) || `${result.document.meta.municipality}`,
  };
}

/** "lillesand.trapp.json" -> "lillesand". */
export function getNameFromFile(fileName: string): string {
  return fileName
    .replace(/\.json$/i, '')
    .replace(/\.trapp$/i, '')
    .trim();
}

/** A file name every system accepts: no path separators or reserved characters, not too long. */
export function getFileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 100);
  return `${safe || 'trapp'}${FILE_EXTENSION}`;
}

type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable: () => Promise<{ write: (data: Blob) => Promise<void>; close: () => Promise<void> }> }>;

/**
 * Saves the document where the user chooses (File System Access API) or as a download where
 * the browser lacks it. 'cancelled' when the user closed the file dialog.
 */
export async function saveTrappFile(document: TrappDocument, name: string): Promise<'saved' | 'cancelled'> {
  const { saveDocument } = await import('@/model/load');
  const blob = new Blob([saveDocument(document)], { type: 'application/json' });
  const fileName = getFileName(name);
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({
        suggestedName: fileName,
        types: [{ description: 'Trappa', accept: { 'application/json': ['.json'] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return 'saved';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // A picker that is there but refuses (policy, iframe) still leaves the download.
    }
  }
  const url = URL.createObjectURL(blob);
  const link = globalThis.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'saved';
}
