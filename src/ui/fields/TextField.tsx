import { useId, useLayoutEffect, useRef } from 'react';
import { mapCaret } from '@/model/collab/mapCaret';
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
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // What the field showed and where its caret stood, to tell one's own typing from someone else's.
  const shown = useRef({ value, start: 0, end: 0 });
  useLayoutEffect(() => {
    const element = field.current;
    const before = shown.current;
    if (!element || before.value === value) return;
    shown.current = { ...before, value };
    // Someone else changed this text while it is being typed in (a shared document): the caret keeps its place in the text.
    if (element.ownerDocument.activeElement !== element) return;
    element.setSelectionRange(mapCaret(before.value, value, before.start), mapCaret(before.value, value, before.end));
  }, [value]);
  const remember = () => {
    const element = field.current;
    if (element)
      shown.current = { value: element.value, start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
  };
  const common = {
    id,
    lang,
    value,
    ref: field,
    onChange: (event: { target: { value: string } }) => {
      remember();
      onChange(event.target.value);
    },
    onSelect: remember,
    onBlur: onCommit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
