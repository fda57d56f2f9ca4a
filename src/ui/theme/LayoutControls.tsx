import { setLayout } from '@/model/commands';
import {
  arrangements,
  details,
  getArrangement,
  getDetail,
  getDetailChange,
  getShareStepSheets,
  getShowFigures,
  getStepHeights,
  stepHeightOptions,
} from '@/model/layoutOptions';
import type { LayoutOptions } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { RangeField } from '../fields/RangeField';
import { gestureKey } from '@/model/gestureKey';

type Choice<V extends string> = {
  name: string;
  legend: string;
  options: readonly V[];
  value: V;
  label: (v: V) => string;
  onChange: (v: V) => void;
  disabled?: boolean;
  describedBy?: string;
};

/** A group of radio buttons: arrow keys move between them, as users expect. */
function ChoiceGroup<V extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
  disabled,
  describedBy,
}: Choice<V>) {
  return (
    <fieldset className="layout-choice" disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

const directions = ['right', 'left'] as const;

/** The overview's layout variants: direction, arrangement, step heights, detail level, what is shown, step width and gap. */
export function LayoutControls() {
  const editor = useEditor();
  const layout = useEditorDocument((d) => d.layout);
  const t = useT();
  const end = () => editor.endGesture();
  const set = (changes: Partial<LayoutOptions>) => editor.run(setLayout, changes);
  const list = getArrangement(layout) === 'list';
  return (
    <section aria-labelledby="layout-controls">
      <h3 id="layout-controls">{t('layout.heading')}</h3>
      {/* The list reads from the left whatever the direction, so the direction is the staircase's alone. */}
      <ChoiceGroup
        name="layout-direction"
        legend={t('layout.direction')}
        options={directions}
        value={layout.direction}
        label={(v) => t(`layout.direction.${v}`)}
        onChange={(direction) => set({ direction })}
        disabled={list}
        describedBy={list ? 'layout-list-note' : undefined}
      />
      <ChoiceGroup
        name="layout-arrangement"
        legend={t('layout.arrangement')}
        options={arrangements}
        value={getArrangement(layout)}
        label={(v) => t(`layout.arrangement.${v}`)}
        onChange={(arrangement) => set({ arrangement })}
      />
      {list && (
        <p id="layout-list-note" className="muted layout-note">
          {t('layout.listNote')}
        </p>
      )}
      <ChoiceGroup
        name="layout-step-heights"
        legend={t('layout.stepHeights')}
        options={stepHeightOptions}
        value={getStepHeights(layout)}
        label={(v) => t(`layout.stepHeights.${v}`)}
        onChange={(stepHeights) => set({ stepHeights })}
        disabled={list}
        describedBy={list ? 'layout-list-note' : undefined}
      />
      <ChoiceGroup
        name="layout-detail"
        legend={t('layout.detail')}
        options={details}
        value={getDetail(layout)}
        label={(v) => t(`layout.detail.${v}`)}
        onChange={(detail) => set(getDetailChange(detail))}
      />
      <label className="checkbox">
        <input type="checkbox" checked={layout.showBands} onChange={(e) => set({ showBands: e.target.checked })} />
        {t('layout.showBands')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={layout.showAxis}
          disabled={list}
          onChange={(e) => set({ showAxis: e.target.checked })}
        />
        {t('layout.showAxis')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={getShowFigures(layout)}
          disabled={list}
          onChange={(e) => set({ showFigures: e.target.checked })}
        />
        {t('layout.showFigures')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={getShareStepSheets(layout)}
          onChange={(e) => set({ shareStepSheets: e.target.checked })}
        />
        {t('layout.shareStepSheets')}
      </label>
      {/* Rows of the list and steps side by side take their width from the page, not from this. */}
      <fieldset className="layout-choice" disabled={list || getStepHeights(layout) === 'equal'}>
        <RangeField
          label={t('layout.stepWidth')}
          min={0.2}
          max={0.9}
          step={0.01}
          value={layout.stepWidth}
          format={(v) => `${Math.round(v * 100)} %`}
          onChange={(stepWidth) => editor.run(setLayout, { stepWidth }, { gesture: gestureKey('layout', 'stepWidth') })}
          onCommit={end}
        />
      </fieldset>
      <RangeField
        label={t('layout.stepGap')}
        min={0}
        max={1}
        step={0.01}
        value={layout.stepGap}
        format={(v) => `${Math.round(v * 100)} %`}
        onChange={(stepGap) => editor.run(setLayout, { stepGap }, { gesture: gestureKey('layout', 'stepGap') })}
        onCommit={end}
      />
    </section>
  );
}
