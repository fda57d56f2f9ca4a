type Props = {
  label: string;
  /** A number, or the text as typed where a half-typed number must stay on screen. */
  value: number | string;
  min: number;
  max: number;
  step?: number;
  /** The text typed: each caller reads and bounds it its own way. */
  onChange: (text: string) => void;
  className?: string;
};

/** A number box with arrows (a spin button) and its label before it. */
export function SpinButtonField({ label, value, min, max, step, onChange, className }: Props) {
  return (
    <label className={className}>
      {label}
      <input
        type="number"
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
