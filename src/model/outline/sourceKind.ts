// Which files the trapp import reads, by name. Its own module, so the editor's first load can
// route a dropped file without loading the readers.

export type SourceKind = 'text' | 'html' | 'docx';
export const outlineFileExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/** How a file is read, from its name; undefined for a file the importer does not read. */
export function getSourceKind(fileName: string): SourceKind | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name.endsWith('.txt') || name.endsWith('.md') || name.endsWith('.markdown')) return 'text';
  return undefined;
}
