import { memo, useState } from 'react';
import { addStep, duplicateStep, moveStep, removeStep } from '@/model/commands';
import { createStep } from '@/model/defaults';
import type { SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

type Props = { selection: SceneRef | undefined; onSelect: (ref: SceneRef | undefined) => void };

/** The steps in order, highest first as on the staircase: select, add, duplicate, remove, and reorder by dragging. */
export const StepsPanel = memo(function StepsPanel({ selection, onSelect }: Props) {
  const t = useT();
  const editor = useEditor();
  const documentSteps = useEditorDocument((d) => d.steps);
  const language = useEditorDocument((d) => d.meta.language);
  const [dragged, setDragged] = useState<string | undefined>();
  const [over, setOver] = useState<number | undefined>();
  const steps = documentSteps.map((step, index) => ({ step, index })).reverse();
  const selectedIndex = selection?.kind === 'step' ? documentSteps.findIndex((s) => s.id === selection.id) : -1;
  const selected = documentSteps[selectedIndex];
  const add = () => {
    const step = createStep({ title: t('steps.newTitle') });
    const index = selectedIndex >= 0 ? selectedIndex + 1 : documentSteps.length;
    editor.run(addStep, { index, step });
    onSelect({ kind: 'step', id: step.id });
  };
  const remove = () => {
    if (!selected) return;
    editor.run(removeStep, { stepId: selected.id });
    const next = documentSteps[selectedIndex + 1] ?? documentSteps[selectedIndex - 1];
    onSelect(next && next.id !== selected.id ? { kind: 'step', id: next.id } : undefined);
  };
  return (
    <nav className="panel steps-panel" aria-label={t('steps.heading')}>
      <h2>{t('steps.heading')}</h2>
      <div className="step-actions">
        <button type="button" onClick={add}>
          + {t('steps.add')}
        </button>
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && editor.run(duplicateStep, { stepId: selected.id })}
        >
          {t('steps.duplicate')}
        </button>
        <button type="button" disabled={!selected} onClick={remove}>
          {t('steps.remove')}
        </button>
        <button
          type="button"
          aria-label={t('steps.moveUp')}
          title={t('steps.moveUp')}
          disabled={!selected || selectedIndex === documentSteps.length - 1}
          onClick={() => selected && editor.run(moveStep, { stepId: selected.id, toIndex: selectedIndex + 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('steps.moveDown')}
          title={t('steps.moveDown')}
          disabled={!selected || selectedIndex <= 0}
          onClick={() => selected && editor.run(moveStep, { stepId: selected.id, toIndex: selectedIndex - 1 })}
        >
          ↓
        </button>
      </div>
      <ol
        reversed
        onDragEnd={() => {
          setDragged(undefined);
          setOver(undefined);
        }}
      >
        {steps.map(({ step, index }) => {
          const isSelected = selection?.kind === 'step' && selection.id === step.id;
          return (
            <li
              key={step.id}
              draggable
              className={over === index && dragged !== step.id ? 'drop-target' : undefined}
              onDragStart={(e) => {
                setDragged(step.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', step.title);
              }}
              onDragOver={(e) => {
                if (!dragged) return;
                e.preventDefault();
                setOver(index);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged && dragged !== step.id) editor.run(moveStep, { stepId: dragged, toIndex: index });
                setDragged(undefined);
                setOver(undefined);
              }}
            >
              <button
                type="button"
                aria-pressed={isSelected}
                className={isSelected ? 'selected' : undefined}
                onClick={() => onSelect({ kind: 'step', id: step.id })}
              >
                <span className="number">{index + 1}</span>
                <span className="title" lang={step.title ? language : undefined}>
                  {step.title || t('steps.untitled')}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="hint">{t('steps.dragHint')}</p>
    </nav>
  );
});
