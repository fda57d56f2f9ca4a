import type { ReactNode } from 'react';
import type { Scene } from '@/scene/primitives';
import { setConnectorEnd, updateElement, type ElementChanges } from '@/model/elementCommands';
import { deleteElements } from '@/model/arrangeCommands';
import { figureKinds, type AttachKind } from '@/model/schemaConstants';
import { iconNames } from '@/layout/icons';
import type { MessageKey } from '@/i18n/nb';
import { useT } from '../shell/i18nContext';
import { TextField } from '../fields/TextField';
import { NumberField } from '../fields/NumberField';
import { ColourField } from '../fields/ColourField';
import { StepSelect } from '../fields/StepSelect';
import { FieldRow } from '../fields/FieldRow';
import { StackedSelectField } from '../fields/StackedSelectField';
import { describeElement } from '../editing/useElementTools';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

/** `sheet`: the page as drawn, where an arrow's attached ends are (their stored points are where they were dropped). */
type Props = { elementId: string; sheet?: Scene };

const aligns = ['start', 'middle', 'end'] as const;
const routings = ['straight', 'elbow', 'curved'] as const;
const arrowHeads = ['end', 'both', 'none'] as const;

/** The selected free element's text, style and, for an arrow, its route, heads and label. */
export function ElementInspector({ elementId, sheet }: Props) {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const page = document.pages.find((p) => p.elements.some((e) => e.id === elementId));
  const element = page?.elements.find((e) => e.id === elementId);
  if (!page || !element) return null;
  const gesture = (field: string) => ({ gesture: gestureKey('element', elementId, field) });
  const change = (changes: ElementChanges, field = Object.keys(changes).join()) =>
    editor.run(updateElement, { pageId: page.id, elementId, changes }, gesture(field));
  const end = () => editor.endGesture();
  const colour = (label: string, value: string | undefined, fallback: string, field: 'colour' | 'fill' | 'stroke') => (
    <ColourField
      label={label}
      value={value ?? fallback}
      onChange={(c) => change({ [field]: c } as ElementChanges)}
      onCommit={end}
    />
  );
  const kindLabel = t(`element.${element.kind}` as MessageKey);
  const fields: ReactNode[] = [];
  const theme = document.theme;
  // What an arrow's end can attach to, for choosing by keyboard: the page's elements, and the steps on the overview.
  const target = (attach: { kind: AttachKind; id: string }, label: string) => ({
    value: `${attach.kind}:${attach.id}`,
    label,
    attach,
  });
  const targets: { value: string; label: string; attach?: { kind: AttachKind; id: string } }[] = [
    { value: '', label: t('elementInspector.free') },
    ...page.elements
      .filter((e) => e.kind !== 'arrow' && e.id !== elementId)
      .map((e) => target({ kind: 'element', id: e.id }, describeElement(page, e.id, t))),
    ...(page.kind === 'overview'
      ? document.steps.map((step, i) =>
          target({ kind: 'step', id: step.id }, `${t('steps.number', { number: i + 1 })}: ${step.title}`),
        )
      : []),
  ];

  switch (element.kind) {
    case 'text':
      fields.push(
        <TextField
          key="text"
          label={t('elementInspector.text')}
          value={element.text}
          multiline
          onChange={(text) => change({ text })}
          onCommit={end}
        />,
        <FieldRow key="size" label={t('elementInspector.size')}>
          <NumberField
            label={t('elementInspector.size')}
            value={Math.round(element.size * 10) / 10}
            onChange={(size) => size && size > 0 && change({ size })}
            onCommit={end}
          />
        </FieldRow>,
        <label key="bold" className="check">
          <input type="checkbox" checked={element.bold} onChange={(e) => change({ bold: e.target.checked })} />{' '}
          {t('elementInspector.bold')}
        </label>,
        <StackedSelectField
          key="align"
          label={t('elementInspector.align')}
          value={element.align ?? 'start'}
          options={aligns}
          optionLabel={(align) => t(`elementInspector.align.${align}`)}
          onChange={(align) => change({ align })}
        />,
        colour(t('elementInspector.colour'), element.colour, theme.text, 'colour'),
      );
      break;
    case 'shape':
      if (element.shape !== 'line')
        fields.push(colour(t('elementInspector.fill'), element.fill, theme.stepColours[0], 'fill'));
      fields.push(
        colour(t('elementInspector.stroke'), element.stroke, theme.text, 'stroke'),
        <FieldRow key="width" label={t('elementInspector.strokeWidth')}>
          <NumberField
            label={t('elementInspector.strokeWidth')}
            value={element.strokeWidth ?? 1}
            onChange={(w) => w !== null && w >= 0 && w <= 40 && change({ strokeWidth: w })}
            onCommit={end}
          />
        </FieldRow>,
      );
      break;
    case 'arrow':
      fields.push(
        <StackedSelectField
          key="routing"
          label={t('elementInspector.routing')}
          value={element.routing ?? 'straight'}
          options={routings}
          optionLabel={(routing) => t(`elementInspector.routing.${routing}`)}
          onChange={(routing) => change({ routing })}
        />,
        <StackedSelectField
          key="heads"
          label={t('elementInspector.heads')}
          value={element.heads ?? 'end'}
          options={arrowHeads}
          optionLabel={(head) => t(`elementInspector.heads.${head}`)}
          onChange={(heads) => change({ heads })}
        />,
        ...(['from', 'to'] as const).map((end) => (
          <StackedSelectField
            key={end}
            label={t(`elementInspector.${end}`)}
            value={element[end].attach ? `${element[end].attach.kind}:${element[end].attach.id}` : ''}
            options={targets.map((option) => option.value)}
            optionLabel={(value) => targets.find((option) => option.value === value)?.label ?? value}
            onChange={(value) => {
              const attach = targets.find((option) => option.value === value)?.attach;
              // A freed end stays where it is drawn now.
              const drawn = sheet?.nodes.find((n) => n.ref.kind === 'element' && n.ref.id === elementId)?.connector?.[
                end
              ];
              const { x, y } = drawn ?? element[end];
              editor.run(setConnectorEnd, {
                pageId: page.id,
                elementId,
                end,
                value: { x, y, ...(attach ? { attach } : {}) },
              });
            }}
          />
        )),
        <TextField
          key="label"
          label={t('elementInspector.label')}
          value={element.label ?? ''}
          onChange={(label) => change({ label: label || undefined }, 'label')}
          onCommit={end}
        />,
        colour(t('elementInspector.colour'), element.colour, theme.text, 'colour'),
      );
      break;
    case 'image':
      fields.push(
        <TextField
          key="alt"
          label={t('elementInspector.alt')}
          value={element.alt}
          onChange={(alt) => change({ alt })}
          onCommit={end}
        />,
      );
      break;
    case 'icon':
      fields.push(
        <StackedSelectField
          key="icon"
          label={t('elementInspector.icon')}
          value={element.icon}
          options={iconNames}
          optionLabel={(icon) => t(`icon.${icon}` as MessageKey)}
          onChange={(icon) => change({ icon })}
        />,
        colour(t('elementInspector.colour'), element.colour, theme.accent, 'colour'),
      );
      break;
    case 'figure':
      fields.push(
        <FieldRow key="step" label={t('elementInspector.step')}>
          <StepSelect
            label={t('elementInspector.step')}
            value={element.stepId}
            onChange={(stepId) => change({ stepId })}
          />
        </FieldRow>,
        <StackedSelectField
          key="figure"
          label={t('elementInspector.figure')}
          value={element.figure}
          options={figureKinds}
          optionLabel={(figure) => t(`figure.${figure}`)}
          onChange={(figure) => change({ figure })}
        />,
        <TextField
          key="series"
          label={t('elementInspector.series')}
          value={element.series}
          onChange={(series) => change({ series })}
          onCommit={end}
        />,
      );
      break;
  }

  return (
    <section aria-label={kindLabel} className="element-inspector">
      <h3>{kindLabel}</h3>
      {fields}
      <button type="button" onClick={() => editor.run(deleteElements, { pageId: page.id, elementIds: [elementId] })}>
        {t('elementInspector.remove')}
      </button>
    </section>
  );
}
