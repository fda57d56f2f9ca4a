import { setChartOption } from '@/model/chartCommands';
import { setShowChange } from '@/model/figureCommands';
import type { FigureColumn } from '@/model/figureTable';
import type { FigureKind } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { Select } from '../fields/Select';
import { SelectField } from '../fields/SelectField';
import { useEditor, useEditorDocument } from '../shell/editorContext';

type Props = { columns: FigureColumn[]; series: string[] };

/** How the figures show on the overview: a second series in each figure chart, and the change per step on the staircase. */
export function FigureDisplayOptions({ columns, series }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const charts = document.charts.filter((c) => c.kind === 'figureBars');
  const change = document.layout.showChange;
  const name = (s: string) => s || t('dataTable.unnamed');
  const kinds = columns.filter((c) => c.kind !== 'custom').map((c) => c.kind);
  const setChange = (next: Partial<{ figure: FigureKind; from: string; to: string }>) => {
    const base = change ?? { figure: kinds[0] ?? 'totalCost', from: series[0] ?? '', to: series[1] ?? series[0] ?? '' };
    editor.run(setShowChange, { showChange: { ...base, ...next } });
  };
  if (series.length === 0) return null;
  return (
    <fieldset className="figure-display">
      <legend>{t('dataTable.show')}</legend>
      {charts.map((chart) => (
        <SelectField
          key={chart.id}
          className="inline"
          label={t('dataTable.compare', { chart: chart.title })}
          value={chart.compareSeries !== undefined ? `=${chart.compareSeries}` : ''}
          // Prefixed so that a series with an empty name is not taken for "none".
          options={['', ...series.filter((s) => s !== chart.series).map((s) => `=${s}`)]}
          optionLabel={(option) => (option === '' ? t('dataTable.compareNone') : name(option.slice(1)))}
          onChange={(option) =>
            editor.run(setChartOption, { chartId: chart.id, compareSeries: option === '' ? null : option.slice(1) })
          }
        />
      ))}
      <div className="change-options" role="group" aria-label={t('dataTable.change')}>
        <span>{t('dataTable.change')}:</span>
        <Select
          label={t('dataTable.changeFigure')}
          value={change?.figure ?? ''}
          options={['', ...kinds]}
          optionLabel={(kind) => (kind === '' ? t('dataTable.changeOff') : t(`figure.${kind}`))}
          onChange={(kind) =>
            kind === '' ? editor.run(setShowChange, { showChange: null }) : setChange({ figure: kind })
          }
        />
        {change &&
          (['from', 'to'] as const).map((end) => (
            <SelectField
              key={end}
              className="inline"
              label={t(end === 'from' ? 'dataTable.changeFrom' : 'dataTable.changeTo')}
              value={change[end]}
              options={series}
              optionLabel={name}
              onChange={(s) => setChange({ [end]: s })}
            />
          ))}
      </div>
    </fieldset>
  );
}
