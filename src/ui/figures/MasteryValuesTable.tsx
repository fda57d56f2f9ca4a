import { setMasteryValue } from '@/model/chartCommands';
import { gestureKey } from '@/model/gestureKey';
import { getOwn } from '@/model/limits';
import type { Chart } from '@/model/types';
import { NumberField } from '../fields/NumberField';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

type MasteryChart = Extract<Chart, { kind: 'mastery' }>;
export type MasteryPart = 'column' | 'curve';
type Props = {
  chart: MasteryChart;
  /** The compared year's or scenario's levels instead of today's. */
  compare: boolean;
  /** A cell's accessible name, from the step's number and the part. */
  cellLabel: (number: number, part: MasteryPart) => string;
};

const parts: readonly MasteryPart[] = ['column', 'curve'];

/** A mastery chart's levels per step, today's or the compared ones: from 0 to 100, each cell's typing one undo step. */
export function MasteryValuesTable({ chart, compare, cellLabel }: Props) {
  const editor = useEditor();
  const steps = useEditorDocument((d) => d.steps);
  const t = useT();
  const chartId = chart.id;
  const values = (compare ? chart.compare?.values : chart.values) ?? {};
  return (
    <table className="values">
      <thead>
        <tr>
          <th>{t('steps.heading')}</th>
          <th>{chart.columnLabel || t('chart.columnLabel')}</th>
          <th>{chart.curveLabel || t('chart.curveLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step, i) => (
          <tr key={step.id}>
            <th scope="row">{i + 1}</th>
            {parts.map((part) => (
              <td key={part}>
                <NumberField
                  label={cellLabel(i + 1, part)}
                  value={getOwn(values, step.id)?.[part] ?? null}
                  onCommit={() => editor.endGesture()}
                  onChange={(v) =>
                    v !== null &&
                    editor.run(
                      setMasteryValue,
                      { chartId, stepId: step.id, [part]: Math.max(0, Math.min(100, v)), ...(compare && { compare }) },
                      { gesture: gestureKey(compare ? 'compare' : 'value', chartId, step.id, part) },
                    )
                  }
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
