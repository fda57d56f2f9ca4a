import { useEditorDocument } from '../shell/editorContext';

type Props = { label: string; value: string; onChange: (stepId: string) => void };

/** Chooses one step by number and title. */
export function StepSelect({ label, value, onChange }: Props) {
  const steps = useEditorDocument((d) => d.steps);
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {steps.map((step, i) => (
        <option key={step.id} value={step.id}>
          {`${i + 1} ${step.title}`.slice(0, 40)}
        </option>
      ))}
    </select>
  );
}
