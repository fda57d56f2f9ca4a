export type SelectProps<V extends string | number> = {
  /** The list's accessible name (it has no visible label of its own, or SelectField gives it one). */
  label: string;
  value: V;
  options: readonly V[];
  /** The words shown for an option; left out, the option itself. */
  optionLabel?: (option: V) => string;
  onChange: (value: V) => void;
  disabled?: boolean;
  className?: string;
  id?: string;
};

/**
 * A drop-down list of values. The options are values, not strings, so a list of numbers (resolutions,
 * font weights) gives back the number chosen, and a value that is not an option is never passed on.
 */
export function Select<V extends string | number>({
  label,
  options,
  optionLabel = String,
  onChange,
  ...attributes
}: SelectProps<V>) {
  return (
    <select
      {...attributes}
      aria-label={label}
      onChange={(e) => {
        const chosen = options.find((option) => String(option) === e.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </select>
  );
}
