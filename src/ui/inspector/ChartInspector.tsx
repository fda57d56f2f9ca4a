import {
  addChartBar,
  removeChartBar,
  setChartBarLabel,
  setChartBarRange,
  setChartOption,
  setChartText,
  type ChartTextField,
} from '@/model/chartCommands';
import { figureKinds } from '@/model/schemaConstants';
import type { Chart } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { CheckField } from '../fields/CheckField';
import { DocumentTextField } from '../fields/DocumentTextField';
import { SelectField } from '../fields/SelectField';
import { MasteryValuesTable } from '../figures/MasteryValuesTable';
import { EditableRows } from './EditableRows';
import { TextField } from '../fields/TextField';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

const curves = ['smooth', 'straight'] as const;

type Props = { chart: Chart };

export function ChartInspector({ chart }: Props) {
  const editor = useEditor();
  const t = useT();
  const chartId = chart.id;
  const end = () => editor.endGesture();
  const text = (field: ChartTextField, label: string, value: string) => (
    <DocumentTextField label={label} value={value} command={setChartText} ids={{ chartId, field }} gesture="chart" />
  );
  if (chart.kind === 'figureBars') {
    return (
      <section aria-label={t('chart.figureHeading')}>
        <h3>{t('chart.figureHeading')}</h3>
        {text('title', t('chart.title'), chart.title)}
        <SelectField
          className="inline checkbox"
          label={t('chart.figure')}
          value={chart.figure}
          options={figureKinds}
          optionLabel={(kind) => t(`figure.${kind}`)}
          onChange={(figure) => editor.run(setChartOption, { chartId, figure })}
        />
        <TextField
          label={t('chart.series')}
          value={chart.series}
          onCommit={end}
          onChange={(series) =>
            editor.run(setChartOption, { chartId, series }, { gesture: gestureKey('chart', chartId, 'series') })
          }
        />
        <p className="muted">{t('chart.figureHint')}</p>
      </section>
    );
  }
  return (
    <section aria-label={t('chart.masteryHeading')}>
      <h3>{t('chart.masteryHeading')}</h3>
      {text('title', t('chart.title'), chart.title)}
      {text('columnLabel', t('chart.columnLabel'), chart.columnLabel)}
      {text('curveLabel', t('chart.curveLabel'), chart.curveLabel)}
      {text('arrowLabel', t('chart.arrowLabel'), chart.arrowLabel)}
      <CheckField
        className="inline checkbox"
        label={t('chart.showValues')}
        checked={chart.showValues}
        onChange={(showValues) => editor.run(setChartOption, { chartId, showValues })}
      />
      <SelectField
        className="inline checkbox"
        label={t('chart.curveStyle')}
        value={chart.curve}
        options={curves}
        optionLabel={(curve) => t(`chart.${curve}`)}
        onChange={(curve) => editor.run(setChartOption, { chartId, curve })}
      />
      <h4>{t('chart.values')}</h4>
      <p className="muted">{t('chart.valuesHint')}</p>
      <MasteryValuesTable
        chart={chart}
        compare={false}
        cellLabel={(number, part) =>
          `${t('steps.number', { number })}: ${part === 'column' ? chart.columnLabel : chart.curveLabel}`
        }
      />
      <h4>{t('chart.bars')}</h4>
      <EditableRows
        rows={chart.bars}
        label={(i) => t('chart.barLabel', { number: i + 1 })}
        text={(bar) => bar.label}
        onText={(bar, label) =>
          editor.run(setChartBarLabel, { chartId, barId: bar.id, label }, { gesture: gestureKey('bar', bar.id) })
        }
        range={(bar) => bar}
        onRange={(bar, range) => editor.run(setChartBarRange, { chartId, barId: bar.id, ...range })}
        onRemove={(bar) => editor.run(removeChartBar, { chartId, barId: bar.id })}
        removeLabel={t('chart.removeBar')}
        onAdd={() => editor.run(addChartBar, { chartId })}
        addLabel={t('chart.addBar')}
      />
    </section>
  );
}
