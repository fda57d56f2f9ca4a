import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (colour: string) => void;
  /** Ends the picker's drag, so the next change is its own undo step. */
  onCommit: () => void;
  children?: React.ReactNode;
};

/** A labelled colour picker showing its hex value; a drag in the picker is one gesture. */
export function ColourField({ label, value, onChange, onCommit, children }: Props) {
  const id = useId();
  return (
    <div className="colour-field">
      <input
        id={id}
        type="color"
        value={value.toLowerCase()}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
      />
      <label htmlFor={id}>{label}</label>
      <code>{value.toLowerCase()}</code>
      {children}
    </div>
  );
}
