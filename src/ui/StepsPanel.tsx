import type { TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { useT } from './i18nContext';

type Props = { document: TrappDocument; selection: SceneRef | undefined; onSelect: (ref: SceneRef) => void };

/** The steps in order, highest first as on the staircase. */
export function StepsPanel({ document, selection, onSelect }: Props) {
  const t = useT();
  const steps = document.steps.map((step, index) => ({ step, number: index + 1 })).reverse();
  return (
    <nav className="panel steps-panel" aria-label={t('steps.heading')}>
      <h2>{t('steps.heading')}</h2>
      <ol reversed>
        {steps.map(({ step, number }) => {
          const selected = selection?.kind === 'step' && selection.id === step.id;
          return (
            <li key={step.id}>
              <button type="button" aria-pressed={selected} className={selected ? 'selected' : undefined} onClick={() => onSelect({ kind: 'step', id: step.id })}>
                <span className="number">{number}</span>
                <span className="title">{step.title || t('steps.untitled')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
