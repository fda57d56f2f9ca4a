type Props = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** How the row is laid out where it stands ('check' in the export dialog, 'checkbox' in the panels). */
  className: string;
};

/** A checkbox with its words after it, the whole row clickable. */
export function CheckField({ label, checked, onChange, disabled, className }: Props) {
  return (
    <label className={className}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
