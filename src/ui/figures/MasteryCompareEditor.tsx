import { useState, type ReactNode } from 'react';
import { setMasteryCompare } from '@/model/chartCommands';
import type { Chart } from '@/model/types';
import { TextField } from '../fields/TextField';
import { InlineInput } from '../fields/InlineInput';
import { useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';
import { MasteryValuesTable } from './MasteryValuesTable';
import { gestureKey } from '@/model/gestureKey';

type MasteryChart = Extract<Chart, { kind: 'mastery' }>;
type Props = { chart: MasteryChart };

/** A mastery chart's second year or scenario: its name and its values per step, drawn dashed over the first. */
export function MasteryCompareEditor({ chart }: Props) {
  const t = useT();
  const { compare } = chart;
  return (
    <section aria-label={t('masteryCompare.heading')}>
      <h4>{t('masteryCompare.heading')}</h4>
      <p className="muted">{t('masteryCompare.hint')}</p>
      <MasteryCompareControls chart={chart}>
        {compare && (
          <MasteryValuesTable
            chart={chart}
            compare
            cellLabel={(number, part) =>
              t('masteryCompare.value', {
                number,
                part: part === 'column' ? chart.columnLabel : chart.curveLabel,
                label: compare.label,
              })
            }
          />
        )}
      </MasteryCompareControls>
    </section>
  );
}

/**
 * Starting, naming and taking away a mastery chart's comparison; whatever edits the compared
 * values goes between the name and the remove button. Shared by the inspector and the data table.
 */
export function MasteryCompareControls({ chart, children }: { chart: MasteryChart; children?: ReactNode }) {
  const editor = useEditor();
  const t = useT();
  const [label, setLabel] = useState('');
  const chartId = chart.id;
  if (!chart.compare) {
    return (
      <div className="add-figure">
        <InlineInput label={t('masteryCompare.label')} placeholder="Mål 2040" value={label} onChange={setLabel} />
        <button
          type="button"
          disabled={!label.trim()}
          onClick={() => editor.run(setMasteryCompare, { chartId, label: label.trim() })}
        >
          + {t('masteryCompare.start')}
        </button>
      </div>
    );
  }
  return (
    <>
      <TextField
        label={t('masteryCompare.label')}
        value={chart.compare.label}
        onCommit={() => editor.endGesture()}
        onChange={(value) =>
          editor.run(setMasteryCompare, { chartId, label: value }, { gesture: gestureKey('compare', chartId) })
        }
      />
      {children}
      <button type="button" onClick={() => editor.run(setMasteryCompare, { chartId, label: null })}>
        {t('masteryCompare.remove')}
      </button>
    </>
  );
}
