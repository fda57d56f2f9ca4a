import { useState } from 'react';
import type { Editor } from '@/model/editor';
import { setMasteryCompare, setMasteryValue } from '@/model/chartCommands';
import type { Chart, TrappDocument } from '@/model/types';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { useT } from './i18nContext';

type Props = { editor: Editor; document: TrappDocument; chart: Extract<Chart, { kind: 'mastery' }> };

/** A mastery chart's second year or scenario: its name and its values per step, drawn dashed over the first. */
export function MasteryCompareEditor({ editor, document, chart }: Props) {
  const t = useT();
  const [label, setLabel] = useState('');
  const chartId = chart.id;
  const end = () => editor.endGesture();
  const compare = chart.compare;
  return (
    <section aria-label={t('masteryCompare.heading')}>
      <h4>{t('masteryCompare.heading')}</h4>
      <p className="muted">{t('masteryCompare.hint')}</p>
      {!compare ? (
        <div className="add-figure">
          <input aria-label={t('masteryCompare.label')} placeholder="Mål 2040" value={label} onChange={(e) => setLabel(e.target.value)} />
          <button type="button" disabled={!label.trim()} onClick={() => editor.run(setMasteryCompare, { chartId, label: label.trim() })}>+ {t('masteryCompare.start')}</button>
        </div>
      ) : (
        <>
          <TextField label={t('masteryCompare.label')} value={compare.label} onCommit={end} onChange={(value) => editor.run(setMasteryCompare, { chartId, label: value }, { gesture: `compare:${chartId}` })} />
          <table className="values">
            <thead>
              <tr><th>{t('steps.heading')}</th><th>{chart.columnLabel || t('chart.columnLabel')}</th><th>{chart.curveLabel || t('chart.curveLabel')}</th></tr>
            </thead>
            <tbody>
              {document.steps.map((step, i) => (
                <tr key={step.id}>
                  <th scope="row">{i + 1}</th>
                  {(['column', 'curve'] as const).map((part) => (
                    <td key={part}>
                      <NumberField
                        label={t('masteryCompare.value', { number: i + 1, part: part === 'column' ? chart.columnLabel : chart.curveLabel, label: compare.label })}
                        value={compare.values[step.id]?.[part] ?? null}
                        onCommit={end}
                        onChange={(v) => v !== null && editor.run(setMasteryValue, { chartId, stepId: step.id, [part]: Math.max(0, Math.min(100, v)), compare: true }, { gesture: `compare:${chartId}:${step.id}:${part}` })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => editor.run(setMasteryCompare, { chartId, label: null })}>{t('masteryCompare.remove')}</button>
        </>
      )}
    </section>
  );
}
