import type { TrappDocument } from '@/model/types';

type Props = { document: TrappDocument; label: string; value: string; onChange: (stepId: string) => void };

/** Chooses one step by number and title. */
export function StepSelect({ document, label, value, onChange }: Props) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {document.steps.map((step, i) => (
        <option key={step.id} value={step.id}>{`${i + 1} ${step.title}`.slice(0, 40)}</option>
      ))}
    </select>
  );
}
