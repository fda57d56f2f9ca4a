type Props = {
  /** Its accessible name: the box has no visible label of its own (a row of controls, a list row). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The grey hint while it is empty. */
  placeholder?: string;
  /** Enter in the box: adds what was typed. */
  onEnter?: () => void;
  /** Leaving the box: ends the typing gesture, so the next edit is its own undo step. */
  onBlur?: () => void;
  className?: string;
  /** The language of the text typed (the document's), where it differs from the interface's. */
  lang?: string;
};

/** A one-line text box standing in a row of controls or a list row, named for screen readers. */
export function InlineInput({ label, onChange, onEnter, ...attributes }: Props) {
  return (
    <input
      {...attributes}
      aria-label={label}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onEnter && ((e) => e.key === 'Enter' && onEnter())}
    />
  );
}
