import { useRef, useState } from 'react';
import { setMasteryValue } from '@/model/chartCommands';
import type { Chart } from '@/model/types';
import { DataCell, StepRowHeader } from './DataCell';
import { MasteryCompareControls } from './MasteryCompareEditor';
import { useT } from '../shell/i18nContext';
import { getOwn } from '@/model/limits';
import { useEditor, useEditorDocument } from '../shell/editorContext';

type MasteryChart = Extract<Chart, { kind: 'mastery' }>;
type Props = { chart: MasteryChart };

const parts = ['column', 'curve'] as const;

/**
 * A mastery chart's levels in the data table: today's columns and curve per step beside the
 * compared year's, typed like the figures. They are drawn levels from 0 to 100, not figures with
 * a unit, so they stand in their own table under the figures.
 */
export function MasteryDataTable({ chart }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const [message, onMessage] = useState('');
  const table = useRef<HTMLTableElement>(null);
  const groups = [
    { name: t('dataTable.masteryToday'), compare: false, values: chart.values },
    ...(chart.compare ? [{ name: chart.compare.label, compare: true, values: chart.compare.values }] : []),
  ];
  const partName = (part: (typeof parts)[number]) =>
    part === 'column' ? chart.columnLabel || t('chart.columnLabel') : chart.curveLabel || t('chart.curveLabel');
  const move = (row: number, column: number) =>
    table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${column}"]`)?.focus();
  return (
    <section className="mastery-data" aria-labelledby={`mastery-data-${chart.id}`}>
      <h3 id={`mastery-data-${chart.id}`}>
        {t('dataTable.masteryHeading', { chart: chart.title || t('chart.masteryHeading') })}
      </h3>
      <p className="muted">{t('dataTable.masteryHint')}</p>
      <p className="data-table-message" role="alert">
        {message}
      </p>
      <div className="data-table-scroll">
        <table className="data-table" ref={table}>
          <colgroup />
          {groups.map((g) => (
            <colgroup key={String(g.compare)} span={2} className="series-group" />
          ))}
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {t('dataTable.step')}
              </th>
              {groups.map((g) => (
                <th key={String(g.compare)} colSpan={2} scope="colgroup" className="series-head">
                  {g.name}
                </th>
              ))}
            </tr>
            <tr>
              {groups.flatMap((g) =>
                parts.map((part) => (
                  <th key={`${g.compare}:${part}`} scope="col">
                    {partName(part)} <span className="unit">(0–100)</span>
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {document.steps.map((step, r) => (
              <tr key={step.id}>
                <StepRowHeader title={step.title} number={r + 1} />
                {groups.flatMap((g, gi) =>
                  parts.map((part, pi) => (
                    <td key={`${g.compare}:${part}`}>
                      <DataCell
                        label={t('dataTable.cell', {
                          step: t('steps.number', { number: r + 1 }),
                          column: partName(part),
                          series: g.name,
                        })}
                        value={getOwn(g.values, step.id)?.[part] ?? null}
                        row={r}
                        column={gi * 2 + pi}
                        onMove={move}
                        onRefused={(text) => onMessage(t('dataTable.masteryRange', { text }))}
                        onCommit={(value) => {
                          if (value === null || value < 0 || value > 100)
                            return onMessage(
                              t('dataTable.masteryRange', {
                                text: value === null ? '' : String(value).replace('.', ','),
                              }),
                            );
                          onMessage('');
                          editor.run(setMasteryValue, {
                            chartId: chart.id,
                            stepId: step.id,
                            [part]: value,
                            compare: g.compare,
                          });
                        }}
                      />
                    </td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mastery-compare-controls">
        <MasteryCompareControls chart={chart} />
      </div>
    </section>
  );
}
