import { useState, type ClipboardEvent } from 'react';
import { importFigures } from '@/model/figureCommands';
import {
  getImportChanges,
  guessMapping,
  isStepsAcross,
  matchStep,
  parseDelimited,
  readImport,
  transposeGrid,
  type Grid,
  type ImportMapping,
} from '@/model/figureImport';
import type { TrappDocument } from '@/model/types';
import { Dialog } from '../fields/Dialog';
import { CheckField } from '../fields/CheckField';
import { ImportMappingTable } from './ImportMappingTable';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

type Props = {
  /** Text already pasted (into a cell of the data table), read at once. */ pasted?: string;
  onDone: () => void;
};
type Source = { raw: Grid; across: boolean };

/**
 * Figures from a spreadsheet: paste cells or open a CSV or XLSX file, check where each column and
 * row goes, then bring them all in as one change. Nothing changes before "Hent inn".
 */
export function ImportDialog({ pasted = '', onDone }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const [text, setText] = useState(pasted);
  const [error, setError] = useState('');
  const [source, setSource] = useState<Source | undefined>(() =>
    pasted.trim() ? guessSource(document, parseDelimited(pasted)) : undefined,
  );
  const [mapping, setMapping] = useState<ImportMapping | undefined>(
    () => source && guessMapping(document, orient(source)),
  );
  const grid = source && orient(source);

  const start = (raw: Grid) => {
    const next = guessSource(document, raw);
    if (!next) return setError(t('import.emptyGrid'));
    setError('');
    setSource(next);
    setMapping(guessMapping(document, orient(next)));
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (!pasted.trim()) return;
    e.preventDefault();
    setText(pasted);
    start(parseDelimited(pasted));
  };
  const openFile = async (file: File) => {
    try {
      if (/\.xlsx$/i.test(file.name)) {
        // The XLSX reader (unzip and XML) loads only when a workbook is opened.
        const { readXlsxGrid } = await import('@/model/xlsxGrid');
        start(readXlsxGrid(new Uint8Array(await file.arrayBuffer())));
      } else start(parseDelimited(await file.text()));
    } catch {
      setError(t('import.fileFailed', { name: file.name }));
    }
  };
  const turn = (across: boolean) => {
    if (!source) return;
    const next = { ...source, across };
    setSource(next);
    setMapping(guessMapping(document, orient(next)));
  };
  const setHeaderRow = (headerRow: boolean) => {
    if (!grid || !mapping) return;
    const rows = [...mapping.rows];
    rows[0] = headerRow || mapping.stepColumn === null ? null : matchStep(document, grid[0][mapping.stepColumn]);
    setMapping({ ...mapping, headerRow, rows });
  };

  const result = grid && mapping ? readImport(grid, mapping) : undefined;
  // Only what differs from the trapp is brought in: pasting the same table again changes nothing and leaves no undo step.
  const { changes, same } = getImportChanges(document, result?.figures ?? []);
  const summary =
    !result || result.figures.length === 0
      ? t('import.nothingRead')
      : changes.length === 0
        ? t('import.nothingChanges')
        : same === 0
          ? t('import.summary', { count: changes.length })
          : t('import.summarySome', { changes: changes.length, count: result.figures.length, same });
  const confirm = () => {
    if (changes.length === 0) return;
    editor.run(importFigures, { figures: changes });
    onDone();
  };

  return (
    <Dialog id="import-title" title={t('import.title')} className="data-table-dialog import-dialog" onClose={onDone}>
      {!grid || !mapping || !result ? (
        <div className="import-source">
          <label className="stacked">
            {t('import.paste')}
            <textarea
              rows={10}
              value={text}
              placeholder={t('import.pasteHint')}
              onChange={(e) => setText(e.target.value)}
              onPaste={onPaste}
            />
          </label>
          <div className="row-actions">
            <button
              type="button"
              className="primary"
              disabled={!text.trim()}
              onClick={() => start(parseDelimited(text))}
            >
              {t('import.read')}
            </button>
            <label className="file-button">
              {t('import.openFile')}
              <input
                type="file"
                accept=".csv,.tsv,.txt,.xlsx,text/csv"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void openFile(file);
                  e.target.value = '';
                }}
              />
            </label>
            <button type="button" onClick={onDone}>
              {t('import.back')}
            </button>
          </div>
          <p className="data-table-message" role="alert">
            {error}
          </p>
        </div>
      ) : (
        <div className="import-map">
          <h3>{t('import.mapping')}</h3>
          <div className="row-actions">
            <CheckField
              className="inline checkbox"
              label={t('import.headerRow')}
              checked={mapping.headerRow}
              onChange={setHeaderRow}
            />
            <CheckField
              className="inline checkbox"
              label={t('import.stepsAcross')}
              checked={source.across}
              onChange={turn}
            />
          </div>
          <ImportMappingTable
            document={document}
            grid={grid}
            mapping={mapping}
            problems={result.problems}
            onChange={setMapping}
          />
          {result.problems.length > 0 && (
            <section className="import-problems" aria-label={t('import.problems', { count: result.problems.length })}>
              <h4>{t('import.problems', { count: result.problems.length })}</h4>
              <p className="muted">{t('import.problemsHint')}</p>
              <ul>
                {result.problems.map((p) => (
                  <li key={`${p.row}:${p.column}`}>
                    {t('import.problem', { row: p.row + 1, column: p.column + 1, text: p.text })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ul className="import-unmatched">
            {grid.map((row, r) =>
              (mapping.headerRow && r === 0) || mapping.rows[r] || mapping.stepColumn === null ? null : (
                <li key={r}>{t('import.unmatched', { row: r + 1, text: String(row[mapping.stepColumn] ?? '') })}</li>
              ),
            )}
          </ul>
          <p role="status" className={changes.length === 0 ? 'import-summary nothing' : 'import-summary'}>
            {summary}
          </p>
          <div className="row-actions">
            <button type="button" onClick={() => (setSource(undefined), setMapping(undefined))}>
              {t('import.back')}
            </button>
            <button type="button" className="primary" disabled={changes.length === 0} onClick={confirm}>
              {t('import.confirm')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** The grid with a row per step: turned when the steps run across the top. */
function orient(source: Source): Grid {
  return source.across ? transposeGrid(source.raw) : source.raw;
}

function guessSource(document: TrappDocument, raw: Grid): Source | undefined {
  return raw.length === 0 || raw[0].length === 0 ? undefined : { raw, across: isStepsAcross(document, raw) };
}
