import { useId } from 'react';
import { Select, type SelectProps } from './Select';

/** A drop-down list under its label, in the inspector's column layout (as TextField). */
export function StackedSelectField<V extends string | number>(props: SelectProps<V>) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <Select {...props} id={id} />
    </div>
  );
}
