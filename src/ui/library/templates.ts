import type { TrappDocument } from '@/model/types';

/** Every file in templates/ appears in the gallery, with no code change; loaded only when asked for. */
const files = import.meta.glob<unknown>('../../../templates/*.trapp.json', { import: 'default' });

export type TemplateEntry = { id: string; document: TrappDocument };

export async function loadTemplates(): Promise<TemplateEntry[]> {
  const { loadParsed } = await import('@/model/load');
  const entries = await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const result = loadParsed(await load());
      const id = path.replace(/^.*\//, '').replace('.trapp.json', '');
      return result.ok ? { id, document: result.document } : undefined;
    }),
  );
  return entries
    .filter((e): e is TemplateEntry => e !== undefined)
    .sort((a, b) => a.document.meta.municipality.localeCompare(b.document.meta.municipality, 'nb'));
}
