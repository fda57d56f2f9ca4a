// A text, Markdown, web page or Word file on disk into a document, for `npm run import` and for
// `npm run export -- plan.docx …`: the same importer as the editor's "Lim inn / hent inn trapp".
import { readFileSync } from 'node:fs';
import type { Translate } from '@/i18n/translate';
import { describeOutlineProblem } from '@/i18n/describeOutlineProblem';
import type { ImportOptions } from '@/model/outline/importOutline';
import { importSource, type SourceImport } from '@/model/outline/importSource';
import { getSourceKind } from '@/model/outline/sourceKind';

export { getSourceKind };

export async function importOutlineFile(
  path: string,
  t: Translate,
  options: ImportOptions = {},
): Promise<Extract<SourceImport, { ok: true }> | { ok: false; message: string }> {
  const kind = getSourceKind(path) ?? 'text';
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: t('export.cli.readFailed', { file: path, detail: (error as Error).message }) };
  }
  const result = await importSource(
    kind === 'docx' ? { kind, bytes } : { kind, text: new TextDecoder().decode(bytes) },
    options,
  );
  return result.ok
    ? result
    : {
        ok: false,
        message: t('outlineImport.cli.failed', { file: path, reason: describeOutlineProblem(t, result.problem) }),
      };
}
