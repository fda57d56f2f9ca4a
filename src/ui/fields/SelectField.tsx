type Props<V extends string | number> = {
  label: string;
  value: V;
  options: readonly V[];
  /** The words shown for an option; left out, the option itself. */
  optionLabel?: (option: V) => string;
  onChange: (value: V) => void;
  className?: string;
};

/**
 * A drop-down list with its label before it. The options are values, not strings, so a list of numbers
 * (resolutions, font weights) gives back the number chosen.
 */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  optionLabel = String,
  onChange,
  className,
}: Props<V>) {
  return (
    <label className={className}>
      {label}
      <select
        aria-label={label}
        value={value}
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
    </label>
  );
}
