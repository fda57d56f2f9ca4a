type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter in the box: adds what was typed. */
  onEnter?: () => void;
  className?: string;
};

/** A text box in a compact row of controls: its name is also the grey hint shown while it is empty. */
export function PlaceholderField({ label, value, onChange, onEnter, className }: Props) {
  return (
    <input
      className={className}
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onEnter && ((e) => e.key === 'Enter' && onEnter())}
    />
  );
}
