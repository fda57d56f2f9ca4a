import { useState } from 'react';
import { setFigure } from '@/model/chartCommands';
import { getFigureCell, getFigureColumns, getFigureTotal, getSeries, type FigureColumn } from '@/model/figureTable';
import { formatNumber } from '@/model/numbers';
import { DataCell, StepRowHeader } from './DataCell';
import { DataTableControls } from './DataTableControls';
import { DataTableFrame, type HeaderGroup } from './DataTableFrame';
import { useCellMove } from './useCellMove';
import { Dialog } from '../fields/Dialog';
import { FigureDisplayOptions } from './FigureDisplayOptions';
import { ImportDialog } from './ImportDialog';
import { MasteryDataTable } from './MasteryDataTable';
import { SeriesName } from './SeriesName';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import './DataTable.css';

type Props = { onClose: () => void };

/** The document's figures as a spreadsheet: steps as rows, a group of columns per year or scenario. */
export function DataTable({ onClose }: Props) {
  const t = useT();
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  // The import is open: with the text pasted into a cell, or empty from the button.
  const [importing, setImporting] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const { table, move } = useCellMove();
  const columns = getFigureColumns(document);
  const series = getSeries(document);
  const columnName = (c: FigureColumn) => c.label || t(`figure.${c.kind}`);
  if (importing !== undefined) return <ImportDialog pasted={importing} onDone={() => setImporting(undefined)} />;

  const editable = series.flatMap((name) => columns.map((column) => ({ name, column })));
  const groups: HeaderGroup[] = series.map((name) => ({
    key: name,
    name: <SeriesName series={name} all={series} onMessage={setMessage} />,
    columns: columns.map((c) => ({
      key: `${c.kind}:${c.label ?? ''}`,
      className: c.derived ? 'derived' : undefined,
      title: c.derived ? t('dataTable.derivedHint') : undefined,
      name: (
        <>
          {columnName(c)}
          {c.unit && <span className="unit"> ({c.unit})</span>}
          {c.derived && <span className="derived-mark"> {t('dataTable.derived')}</span>}
        </>
      ),
    })),
  }));
  return (
    <Dialog id="data-table-title" title={t('dataTable.title')} className="data-table-dialog" onClose={onClose}>
      <p className="muted">{t('dataTable.hint')}</p>
      <DataTableControls columns={columns} series={series} onImport={() => setImporting('')} onMessage={setMessage} />
      <p className="data-table-message" role="alert">
        {message}
      </p>
      {columns.length === 0 || series.length === 0 ? (
        <p>{t('dataTable.empty')}</p>
      ) : (
        <DataTableFrame groups={groups} tableRef={table}>
          <tbody>
            {document.steps.map((step, r) => (
              <tr key={step.id}>
                <StepRowHeader title={step.title} number={r + 1} />
                {editable.map(({ name, column }, c) => {
                  const cell = getFigureCell(document, step.id, column, name);
                  const label = t('dataTable.cell', {
                    step: t('steps.number', { number: r + 1 }),
                    column: columnName(column),
                    series: name || t('dataTable.unnamed'),
                  });
                  if (column.derived) {
                    return (
                      <td key={c} className="derived" aria-label={label} title={t('dataTable.derivedHint')}>
                        {cell.value === null ? (
                          <span className="missing">–</span>
                        ) : (
                          formatNumber(cell.value, column.kind === 'costShare' ? 1 : 0)
                        )}
                      </td>
                    );
                  }
                  const typed = cell.derived ? null : cell.value;
                  return (
                    <td key={c}>
                      <DataCell
                        label={label}
                        value={typed}
                        row={r}
                        column={c}
                        onMove={move}
                        onPasteTable={setImporting}
                        onRefused={(text) => setMessage(t('dataTable.unreadable', { text }))}
                        onCommit={(value) => {
                          setMessage('');
                          editor.run(setFigure, {
                            stepId: step.id,
                            figure: {
                              kind: column.kind,
                              series: name,
                              value,
                              unit: column.unit,
                              ...(column.kind === 'custom' ? { label: column.label } : {}),
                            },
                          });
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dataTable.total')}</th>
              {editable.map(({ name, column }, c) => {
                const total = getFigureTotal(document, column, name);
                return (
                  <td
                    key={c}
                    className="derived total"
                    aria-label={t('dataTable.totalCell', {
                      column: columnName(column),
                      series: name || t('dataTable.unnamed'),
                    })}
                    title={total ? t('dataTable.totalHint') : undefined}
                  >
                    {total && formatNumber(total.value)}
                    {total && total.missing > 0 && (
                      <span className="total-missing">{t('dataTable.totalMissing', { count: total.missing })}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </DataTableFrame>
      )}
      <FigureDisplayOptions columns={columns} series={series} />
      {document.charts.map((chart) => chart.kind === 'mastery' && <MasteryDataTable key={chart.id} chart={chart} />)}
    </Dialog>
  );
}
