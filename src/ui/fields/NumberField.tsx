import { useEffect, useState } from 'react';
import { formatNumber, parseNorwegianNumber } from '@/model/numbers';
import { useT } from '../shell/i18nContext';

type Props = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onCommit?: () => void;
  className?: string;
};

/** A number typed the Norwegian way ("1 234,5"); blank or "-" is no value; what cannot be read is said, not stored. */
export function NumberField({ label, value, onChange, onCommit, className }: Props) {
  const t = useT();
  const shown = value === null ? '' : formatNumber(value);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const parsed = parseNorwegianNumber(text);
  return (
    <input
      className={className}
      aria-label={label}
      aria-invalid={parsed === undefined}
      title={parsed === undefined ? t('number.unreadable') : label}
      inputMode="decimal"
      value={text}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        onCommit?.();
      }}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseNorwegianNumber(e.target.value);
        if (next !== undefined) onChange(next);
      }}
    />
  );
}
