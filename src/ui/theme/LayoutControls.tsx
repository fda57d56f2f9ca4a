import type { ComponentProps } from 'react';
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
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { CheckField } from '../fields/CheckField';
import { formatPercent } from '../fields/formatPercent';
import { gestureKey } from '@/model/gestureKey';

type LayoutChoiceProps<V extends string> = Omit<
  ComponentProps<typeof ChoiceGroup<V>>,
  'className' | 'optionClassName' | 'describedBy'
>;

/** A layout variant's radio group; one the list arrangement turns off says why (the note under the arrangement). */
function LayoutChoice<V extends string>(props: LayoutChoiceProps<V>) {
  return (
    <ChoiceGroup
      {...props}
      className="layout-choice"
      optionClassName={() => 'checkbox'}
      describedBy={props.disabled ? 'layout-list-note' : undefined}
    />
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
  // The step width and the gap between steps, in per cent; one drag is one undo step.
  const share = (field: 'stepWidth' | 'stepGap', min: number, max: number) => (
    <RangeField
      label={t(`layout.${field}`)}
      min={min}
      max={max}
      step={0.01}
      value={layout[field]}
      format={formatPercent}
      onChange={(value) => editor.run(setLayout, { [field]: value }, { gesture: gestureKey('layout', field) })}
      onCommit={end}
    />
  );
  // What the overview shows; the axis and the figures cannot be chosen for the list.
  const shown = [
    { field: 'showBands', checked: layout.showBands, listTurnsOff: false },
    { field: 'showAxis', checked: layout.showAxis, listTurnsOff: true },
    { field: 'showFigures', checked: getShowFigures(layout), listTurnsOff: true },
    { field: 'shareStepSheets', checked: getShareStepSheets(layout), listTurnsOff: false },
  ] as const;
  return (
    <section aria-labelledby="layout-controls">
      <h3 id="layout-controls">{t('layout.heading')}</h3>
      {/* The list reads from the left whatever the direction, so the direction is the staircase's alone. */}
      <LayoutChoice
        name="layout-direction"
        legend={t('layout.direction')}
        options={directions}
        value={layout.direction}
        label={(v) => t(`layout.direction.${v}`)}
        onChange={(direction) => set({ direction })}
        disabled={list}
      />
      <LayoutChoice
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
      <LayoutChoice
        name="layout-step-heights"
        legend={t('layout.stepHeights')}
        options={stepHeightOptions}
        value={getStepHeights(layout)}
        label={(v) => t(`layout.stepHeights.${v}`)}
        onChange={(stepHeights) => set({ stepHeights })}
        disabled={list}
      />
      <LayoutChoice
        name="layout-detail"
        legend={t('layout.detail')}
        options={details}
        value={getDetail(layout)}
        label={(v) => t(`layout.detail.${v}`)}
        onChange={(detail) => set(getDetailChange(detail))}
      />
      {shown.map(({ field, checked, listTurnsOff }) => (
        <CheckField
          key={field}
          className="checkbox"
          label={t(`layout.${field}`)}
          checked={checked}
          disabled={listTurnsOff && list}
          onChange={(on) => set({ [field]: on })}
        />
      ))}
      {/* Rows of the list and steps side by side take their width from the page, not from this. */}
      <fieldset className="layout-choice" disabled={list || getStepHeights(layout) === 'equal'}>
        {share('stepWidth', 0.2, 0.9)}
      </fieldset>
      {share('stepGap', 0, 1)}
    </section>
  );
}
