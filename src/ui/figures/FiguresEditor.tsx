import { memo, useState } from 'react';
import { removeFigure, setFigure } from '@/model/chartCommands';
import { setStepChange, type StepChange } from '@/model/figureCommands';
import { figureKinds, stepChanges } from '@/model/schemaConstants';
import type { FigureKind, Step } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { NumberField } from '../fields/NumberField';
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
      <label className="inline">
        {t('stepChange.label')}
        <select
          value={change ?? ''}
          onChange={(e) => editor.run(setStepChange, { stepId, change: (e.target.value || null) as StepChange | null })}
        >
          <option value="">{t('stepChange.none')}</option>
          {stepChanges.map((c) => (
            <option key={c} value={c}>
              {t(`stepChange.${c}`)}
            </option>
          ))}
        </select>
      </label>
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
        <select aria-label={t('figures.kind')} value={kind} onChange={(e) => setKind(e.target.value as FigureKind)}>
          {figureKinds.map((k) => (
            <option key={k} value={k}>
              {t(`figure.${k}`)}
            </option>
          ))}
        </select>
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
