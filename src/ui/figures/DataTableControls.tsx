import { useState } from 'react';
import { addFigureColumn, addFigureSeries } from '@/model/figureCommands';
import { isSameColumn, type FigureColumn } from '@/model/figureTable';
import { figureKinds } from '@/model/schemaConstants';
import type { FigureKind } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';
import { InlineInput } from '../fields/InlineInput';
import { Select } from '../fields/Select';

type Props = { columns: FigureColumn[]; series: string[]; onImport: () => void; onMessage: (message: string) => void };

const defaultUnit: Partial<Record<FigureKind, string>> = {
  totalCost: '1000 kr',
  costPerUser: '1000 kr',
  costShare: '%',
  hoursPerWeek: 't',
};

/** Import, a new column (a figure kind, or an own figure with a name) and a new year or scenario. */
export function DataTableControls({ columns, series, onImport, onMessage }: Props) {
  const editor = useEditor();
  const t = useT();
  const [kind, setKind] = useState<FigureKind>('totalCost');
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState(defaultUnit.totalCost ?? '');
  const [newSeries, setNewSeries] = useState('');
  const typed = columns.filter((c) => !c.derived);
  const exists = typed.some((c) => isSameColumn(c, { kind, label: label.trim() }));
  const addColumn = () => {
    if (kind === 'custom' && !label.trim()) return onMessage(t('dataTable.columnLabel'));
    editor.run(addFigureColumn, {
      column: { kind, unit: unit.trim(), ...(kind === 'custom' ? { label: label.trim() } : {}) },
      series: series.length > 0 ? series : [newSeries.trim()],
    });
    onMessage('');
  };
  const addSeries = () => {
    const name = newSeries.trim();
    if (!name) return onMessage(t('dataTable.seriesEmpty'));
    if (series.includes(name)) return onMessage(t('dataTable.seriesExists', { series: name }));
    if (typed.length === 0) return onMessage(t('dataTable.noColumns'));
    editor.run(addFigureSeries, {
      series: name,
      columns: typed.map((c) => ({ kind: c.kind, unit: c.unit, ...(c.kind === 'custom' ? { label: c.label } : {}) })),
    });
    setNewSeries('');
    onMessage('');
  };
  return (
    <div className="data-table-controls">
      <button type="button" className="primary" onClick={onImport}>
        {t('dataTable.import')} …
      </button>
      <fieldset>
        <legend>{t('dataTable.addColumn')}</legend>
        <Select
          label={t('dataTable.columnKind')}
          value={kind}
          options={figureKinds}
          optionLabel={(k) => t(`figure.${k}`)}
          onChange={(next) => {
            setKind(next);
            setUnit(defaultUnit[next] ?? '');
          }}
        />
        {kind === 'custom' && (
          <InlineInput
            label={t('dataTable.columnLabel')}
            placeholder={t('dataTable.columnLabel')}
            value={label}
            onChange={setLabel}
          />
        )}
        <InlineInput
          className="unit-input"
          label={t('dataTable.unit')}
          placeholder={t('dataTable.unit')}
          value={unit}
          onChange={setUnit}
        />
        <button type="button" disabled={exists} onClick={addColumn}>
          + {t('dataTable.addColumn')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('dataTable.addSeries')}</legend>
        <InlineInput
          className="series-input"
          label={t('dataTable.newSeries')}
          placeholder={t('dataTable.newSeries')}
          value={newSeries}
          onChange={setNewSeries}
          onEnter={addSeries}
        />
        <button type="button" onClick={addSeries}>
          + {t('dataTable.addSeries')}
        </button>
      </fieldset>
    </div>
  );
}
