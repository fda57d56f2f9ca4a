import {
  isFigureChange,
  matchStep,
  readCell,
  type ColumnTarget,
  type Grid,
  type ImportMapping,
  type ImportProblem,
} from '@/model/figureImport';
import { findFigure, getSeries } from '@/model/figureTable';
import { formatNumber } from '@/model/numbers';
import { figureKinds } from '@/model/schemaConstants';
import type { FigureKind, TrappDocument } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { StepSelect } from '../fields/StepSelect';

type Props = {
  document: TrappDocument;
  grid: Grid;
  mapping: ImportMapping;
  problems: ImportProblem[];
  onChange: (mapping: ImportMapping) => void;
};

const PREVIEW_ROWS = 40;

/** The pasted or opened table with a choice over each column (which figure, which year) and before each row (which step). */
export function ImportMappingTable({ document, grid, mapping, problems, onChange }: Props) {
  const t = useT();
  const series = getSeries(document);
  const heading = (c: number) => (mapping.headerRow ? String(grid[0][c] ?? '').trim() : '');
  const setColumn = (c: number, value: string) => {
    const columns = [...mapping.columns];
    let stepColumn = mapping.stepColumn === c ? null : mapping.stepColumn;
    if (value === '' || value === 'steps') columns[c] = null;
    if (value === 'steps') stepColumn = c;
    if (value !== '' && value !== 'steps') {
      const kind = value as FigureKind;
      const old = columns[c];
      columns[c] = {
        kind,
        series: old?.series ?? series[0] ?? '',
        unit: old?.unit ?? '',
        ...(kind === 'custom' ? { label: heading(c) || t('figure.custom') } : {}),
      };
    }
    // A newly chosen column of step labels says again which row goes to which step.
    const rows =
      value === 'steps'
        ? grid.map((row, r) => (mapping.headerRow && r === 0 ? null : matchStep(document, row[c])))
        : mapping.rows;
    onChange({ ...mapping, columns, stepColumn, rows });
  };
  const setTarget = (c: number, target: ColumnTarget) =>
    onChange({ ...mapping, columns: mapping.columns.map((old, i) => (i === c ? target : old)) });
  const isProblem = (r: number, c: number) => problems.some((p) => p.row === r && p.column === c);
  const show = (cell: string | number) => (typeof cell === 'number' ? formatNumber(cell) : cell);
  /** How a mapped cell will be read: missing, a change to the trapp (with the value it has now), or the same as now. */
  const describe = (r: number, c: number): { className?: string; title?: string; text?: string } => {
    const stepId = mapping.rows[r];
    const target = mapping.columns[c];
    const value = readCell(grid[r][c] ?? '');
    if (!stepId || !target || c === mapping.stepColumn || (mapping.headerRow && r === 0) || value === undefined)
      return {};
    const missing = value === null ? { className: 'missing', title: t('dataTable.missing'), text: '–' } : {};
    if (!isFigureChange(document, { stepId, ...target, value })) return missing;
    const step = document.steps.find((s) => s.id === stepId);
    const now = step && findFigure(step, target, target.series)?.value;
    const title = now === undefined || now === null ? t('import.new') : t('import.now', { value: formatNumber(now) });
    return { ...missing, className: value === null ? 'missing changed' : 'changed', title };
  };
  return (
    <>
      <div className="data-table-scroll">
        <datalist id="import-series">
          {series.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <table className="data-table import-preview" aria-label={t('import.preview')}>
          <thead>
            <tr>
              <th scope="col">{t('dataTable.step')}</th>
              {grid[0].map((_, c) => {
                const target = mapping.columns[c];
                return (
                  <th key={c} scope="col">
                    <select
                      aria-label={t('import.columnTarget', { column: c + 1 })}
                      value={mapping.stepColumn === c ? 'steps' : (target?.kind ?? '')}
                      onChange={(e) => setColumn(c, e.target.value)}
                    >
                      <option value="">{t('import.unused')}</option>
                      <option value="steps">{t('import.stepLabels')}</option>
                      {figureKinds.map((k) => (
                        <option key={k} value={k}>
                          {k === 'custom' && target?.kind === 'custom' ? target.label : t(`figure.${k}`)}
                        </option>
                      ))}
                    </select>
                    {target && (
                      <input
                        list="import-series"
                        aria-label={t('import.columnSeries', { column: c + 1 })}
                        value={target.series}
                        onChange={(e) => setTarget(c, { ...target, series: e.target.value })}
                      />
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {grid.slice(0, PREVIEW_ROWS).map((row, r) => {
              const header = mapping.headerRow && r === 0;
              return (
                <tr key={r} className={header ? 'heading-row' : mapping.rows[r] ? undefined : 'unused-row'}>
                  <th scope="row">
                    {header ? null : (
                      <StepSelect
                        label={t('import.rowStep', { row: r + 1 })}
                        value={mapping.rows[r] ?? ''}
                        noneLabel={t('import.noStep')}
                        onChange={(stepId) =>
                          onChange({
                            ...mapping,
                            rows: mapping.rows.map((old, i) => (i === r ? stepId || null : old)),
                          })
                        }
                      />
                    )}
                  </th>
                  {row.map((cell, c) => {
                    const read = describe(r, c);
                    const unused = !header && (!mapping.columns[c] || !mapping.rows[r]) && c !== mapping.stepColumn;
                    return (
                      <td
                        key={c}
                        title={read.title}
                        className={
                          [isProblem(r, c) && 'problem', unused && 'unused', read.className]
                            .filter(Boolean)
                            .join(' ') || undefined
                        }
                      >
                        {read.text ?? show(cell)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="import-key">
        <span className="changed">{t('import.keyChanged')}</span>{' '}
        <span>
          <span className="missing">–</span> {t('import.keyMissing')}
        </span>{' '}
        <span className="unused">{t('import.keyUnused')}</span>
      </p>
    </>
  );
}
