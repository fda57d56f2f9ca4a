import { memo, useState } from 'react';
import { removeFigure, setFigure } from '@/model/chartCommands';
import { setStepChange } from '@/model/figureCommands';
import { figureKinds, stepChanges } from '@/model/schemaConstants';
import type { FigureKind, Step } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { NumberField } from '../fields/NumberField';
import { Select } from '../fields/Select';
import { SelectField } from '../fields/SelectField';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Props = { stepId: string; change: Step['change']; figures: Step['figures'] };

/** A step's plan (strengthen, reduce, develop) and its figures: value (blank is "not known", shown as a dash), unit and year or scenario. */
export const FiguresEditor = memo(function FiguresEditor({ stepId, change, figures }: Props) {
  const editor = useEditor();
  const t = useT();
  const [kind, setKind] = useState<FigureKind>('recipients');
  const end = () => editor.endGesture();
  return (
    <>
      <SelectField
        className="inline"
        label={t('stepChange.label')}
        value={change ?? ''}
        options={['', ...stepChanges]}
        optionLabel={(c) => (c === '' ? t('stepChange.none') : t(`stepChange.${c}`))}
        onChange={(c) => editor.run(setStepChange, { stepId, change: c === '' ? null : c })}
      />
      <h4>{t('inspector.figures')}</h4>
      <ul className="rows figures-edit">
        {figures.map((figure) => {
          const name = figure.label || t(`figure.${figure.kind}`);
          const label = [name, figure.series].filter(Boolean).join(' ');
          return (
            <li key={figure.id}>
              <span className="figure-name">{label}</span>
              <NumberField
                className="figure-value"
                label={label}
                value={figure.value}
                onCommit={end}
                onChange={(value) =>
                  editor.run(
                    setFigure,
                    { stepId, figure: { kind: figure.kind, series: figure.series, label: figure.label, value } },
                    { gesture: gestureKey('figure', figure.id) },
                  )
                }
              />
              <span className="muted">{figure.unit}</span>
              <button
                type="button"
                aria-label={t('figures.remove', { name: label })}
                title={t('figures.remove', { name: label })}
                onClick={() => editor.run(removeFigure, { stepId, figureId: figure.id })}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <div className="add-figure">
        <Select
          label={t('figures.kind')}
          value={kind}
          options={figureKinds}
          optionLabel={(k) => t(`figure.${k}`)}
          onChange={setKind}
        />
        <button
          type="button"
          disabled={kind !== 'custom' && figures.some((f) => f.kind === kind && f.series === '')}
          onClick={() =>
            editor.run(setFigure, {
              stepId,
              figure: { kind, series: '', value: null, ...(kind === 'custom' ? { label: t('figure.custom') } : {}) },
            })
          }
        >
          + {t('figures.add')}
        </button>
      </div>
    </>
  );
});
