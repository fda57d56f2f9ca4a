import { useId } from 'react';
import { useDocumentLanguage } from '../shell/i18nContext';

type Props = {
  label: string;
  value: string;
  multiline?: boolean;
  onChange: (value: string) => void;
  /** Ends the typing gesture, so the next edit is its own undo step. */
  onCommit: () => void;
};

export function TextField({ label, value, multiline, onChange, onCommit }: Props) {
  const id = useId();
  // The field holds the document's text, in the document's language; its label is the interface's.
  const lang = useDocumentLanguage();
  const common = {
    id,
    lang,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur: onCommit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
