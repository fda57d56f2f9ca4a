import { setChartOption } from '@/model/chartCommands';
import { setShowChange } from '@/model/figureCommands';
import type { FigureColumn } from '@/model/figureTable';
import type { FigureKind } from '@/model/types';
import { useT } from '../shell/i18nContext';
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
        <label key={chart.id} className="inline">
          {t('dataTable.compare', { chart: chart.title })}
          <select
            value={chart.compareSeries !== undefined ? `=${chart.compareSeries}` : ''}
            onChange={(e) =>
              editor.run(setChartOption, {
                chartId: chart.id,
                compareSeries: e.target.value === '' ? null : e.target.value.slice(1),
              })
            }
          >
            <option value="">{t('dataTable.compareNone')}</option>
            {series
              .filter((s) => s !== chart.series)
              .map((s) => (
                // Prefixed so that a series with an empty name is not taken for "none".
                <option key={s} value={`=${s}`}>
                  {name(s)}
                </option>
              ))}
          </select>
        </label>
      ))}
      <div className="change-options" role="group" aria-label={t('dataTable.change')}>
        <span>{t('dataTable.change')}:</span>
        <select
          aria-label={t('dataTable.changeFigure')}
          value={change?.figure ?? ''}
          onChange={(e) =>
            e.target.value === ''
              ? editor.run(setShowChange, { showChange: null })
              : setChange({ figure: e.target.value as FigureKind })
          }
        >
          <option value="">{t('dataTable.changeOff')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`figure.${k}`)}
            </option>
          ))}
        </select>
        {change && (
          <>
            {(['from', 'to'] as const).map((end) => (
              <label key={end} className="inline">
                {t(end === 'from' ? 'dataTable.changeFrom' : 'dataTable.changeTo')}
                <select value={change[end]} onChange={(e) => setChange({ [end]: e.target.value })}>
                  {series.map((s) => (
                    <option key={s} value={s}>
                      {name(s)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </>
        )}
      </div>
    </fieldset>
  );
}
