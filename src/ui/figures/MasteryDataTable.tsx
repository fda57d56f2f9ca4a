import { useState } from 'react';
import { setMasteryValue } from '@/model/chartCommands';
import type { Chart } from '@/model/types';
import { DataCell, StepRowHeader } from './DataCell';
import { DataTableFrame, type HeaderGroup } from './DataTableFrame';
import { useCellMove } from './useCellMove';
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
  const { table, move } = useCellMove();
  const groups = [
    { name: t('dataTable.masteryToday'), compare: false, values: chart.values },
    ...(chart.compare ? [{ name: chart.compare.label, compare: true, values: chart.compare.values }] : []),
  ];
  const partName = (part: (typeof parts)[number]) =>
    part === 'column' ? chart.columnLabel || t('chart.columnLabel') : chart.curveLabel || t('chart.curveLabel');
  const headers: HeaderGroup[] = groups.map((g) => ({
    key: String(g.compare),
    name: g.name,
    columns: parts.map((part) => ({
      key: part,
      name: (
        <>
          {partName(part)} <span className="unit">(0–100)</span>
        </>
      ),
    })),
  }));
  return (
    <section className="mastery-data" aria-labelledby={`mastery-data-${chart.id}`}>
      <h3 id={`mastery-data-${chart.id}`}>
        {t('dataTable.masteryHeading', { chart: chart.title || t('chart.masteryHeading') })}
      </h3>
      <p className="muted">{t('dataTable.masteryHint')}</p>
      <p className="data-table-message" role="alert">
        {message}
      </p>
      <DataTableFrame groups={headers} tableRef={table}>
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
      </DataTableFrame>
      <div className="mastery-compare-controls">
        <MasteryCompareControls chart={chart} />
      </div>
    </section>
  );
}
