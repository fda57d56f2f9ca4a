import { useEditorDocument } from '../shell/editorContext';
import { Select } from './Select';

type Props = {
  label: string;
  value: string;
  onChange: (stepId: string) => void;
  /** Offers "no step" first, with these words; choosing it gives ''. */
  noneLabel?: string;
};

/** Chooses one step by number and title. */
export function StepSelect({ label, value, onChange, noneLabel }: Props) {
  const steps = useEditorDocument((d) => d.steps);
  const names = new Map(steps.map((step, i) => [step.id, `${i + 1} ${step.title}`.slice(0, 40)]));
  const ids = steps.map((step) => step.id);
  return (
    <Select
      label={label}
      value={value}
      options={noneLabel === undefined ? ids : ['', ...ids]}
      optionLabel={(id) => names.get(id) ?? noneLabel ?? ''}
      onChange={onChange}
    />
  );
}
