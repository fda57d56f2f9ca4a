import { useId } from 'react';

type Props = {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  onCommit: () => void;
};

/** A labelled slider with its value shown; dragging it is one gesture, ended on release or blur. */
export function RangeField({ label, min, max, step, value, format, onChange, onCommit }: Props) {
  const id = useId();
  return (
    <div className="range-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        onPointerUp={onCommit}
        onKeyUp={onCommit}
        onBlur={onCommit}
      />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}
