import {
  addChartBar,
  removeChartBar,
  setChartBarLabel,
  setChartBarRange,
  setChartOption,
  setChartText,
  setMasteryValue,
  type ChartTextField,
} from '@/model/chartCommands';
import { figureKinds } from '@/model/schemaConstants';
import type { Chart, FigureKind } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { NumberField } from '../fields/NumberField';
import { RowActions } from '../fields/RowActions';
import { StepRangeSelect } from '../fields/StepRangeSelect';
import { TextField } from '../fields/TextField';
import { getOwn } from '@/model/limits';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Props = { chart: Chart };

export function ChartInspector({ chart }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const chartId = chart.id;
  const end = () => editor.endGesture();
  const text = (field: ChartTextField, label: string, value: string) => (
    <TextField
      label={label}
      value={value}
      onCommit={end}
      onChange={(v) =>
        editor.run(setChartText, { chartId, field, value: v }, { gesture: gestureKey('chart', chartId, field) })
      }
    />
  );
  if (chart.kind === 'figureBars') {
    return (
      <section aria-label={t('chart.figureHeading')}>
        <h3>{t('chart.figureHeading')}</h3>
        {text('title', t('chart.title'), chart.title)}
        <label className="inline checkbox">
          {t('chart.figure')}
          <select
            value={chart.figure}
            onChange={(e) => editor.run(setChartOption, { chartId, figure: e.target.value as FigureKind })}
          >
            {figureKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`figure.${kind}`)}
              </option>
            ))}
          </select>
        </label>
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
      <label className="inline checkbox">
        <input
          type="checkbox"
          checked={chart.showValues}
          onChange={(e) => editor.run(setChartOption, { chartId, showValues: e.target.checked })}
        />
        {t('chart.showValues')}
      </label>
      <label className="inline checkbox">
        {t('chart.curveStyle')}
        <select
          value={chart.curve}
          onChange={(e) => editor.run(setChartOption, { chartId, curve: e.target.value as 'smooth' | 'straight' })}
        >
          <option value="smooth">{t('chart.smooth')}</option>
          <option value="straight">{t('chart.straight')}</option>
        </select>
      </label>
      <h4>{t('chart.values')}</h4>
      <p className="muted">{t('chart.valuesHint')}</p>
      <table className="values">
        <thead>
          <tr>
            <th>{t('steps.heading')}</th>
            <th>{chart.columnLabel || t('chart.columnLabel')}</th>
            <th>{chart.curveLabel || t('chart.curveLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {document.steps.map((step, i) => {
            const value = getOwn(chart.values, step.id);
            return (
              <tr key={step.id}>
                <th scope="row">{i + 1}</th>
                {(['column', 'curve'] as const).map((part) => (
                  <td key={part}>
                    <NumberField
                      label={`${t('steps.number', { number: i + 1 })}: ${part === 'column' ? chart.columnLabel : chart.curveLabel}`}
                      value={value ? value[part] : null}
                      onCommit={end}
                      onChange={(v) =>
                        v !== null &&
                        editor.run(
                          setMasteryValue,
                          { chartId, stepId: step.id, [part]: Math.max(0, Math.min(100, v)) },
                          { gesture: gestureKey('value', chartId, step.id, part) },
                        )
                      }
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{t('chart.bars')}</h4>
      <ol className="rows">
        {chart.bars.map((bar, i) => (
          <li key={bar.id}>
            <input
              aria-label={t('chart.barLabel', { number: i + 1 })}
              value={bar.label}
              onBlur={end}
              onChange={(e) =>
                editor.run(
                  setChartBarLabel,
                  { chartId, barId: bar.id, label: e.target.value },
                  { gesture: gestureKey('bar', bar.id) },
                )
              }
            />
            <StepRangeSelect
              firstStep={bar.firstStep}
              lastStep={bar.lastStep}
              onChange={(range) => editor.run(setChartBarRange, { chartId, barId: bar.id, ...range })}
            />
            <RowActions
              index={i}
              count={chart.bars.length}
              onRemove={() => editor.run(removeChartBar, { chartId, barId: bar.id })}
              removeLabel="chart.removeBar"
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => editor.run(addChartBar, { chartId })}>
        + {t('chart.addBar')}
      </button>
    </section>
  );
}
