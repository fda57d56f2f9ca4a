import { Select, type SelectProps } from './Select';

/** A drop-down list with its label written before it, the label wrapping the list; `className` is the label's. */
export function SelectField<V extends string | number>({ className, ...select }: SelectProps<V>) {
  return (
    <label className={className}>
      {select.label}
      <Select {...select} />
    </label>
  );
}
