import type { ReactNode } from 'react';

type Props<V extends string> = {
  name: string;
  legend: string;
  options: readonly V[];
  value: V;
  label: (option: V) => ReactNode;
  onChange: (option: V) => void;
  disabled?: boolean;
  describedBy?: string;
  className?: string;
  optionClassName?: (option: V) => string;
  /** Focus starts on the chosen option (the first control of a dialog). */
  autoFocus?: boolean;
};

/** A group of radio buttons under a legend: arrow keys move between them, as users expect. */
export function ChoiceGroup<V extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
  disabled,
  describedBy,
  className,
  optionClassName,
  autoFocus,
}: Props<V>) {
  return (
    <fieldset className={className} disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={optionClassName?.(option)}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            autoFocus={autoFocus && value === option}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
