import { useState, type KeyboardEvent } from 'react';
import { formatNumber, parseNorwegianNumber } from '@/model/numbers';
import { useT } from '../shell/i18nContext';

type Props = {
  label: string;
  value: number | null;
  /** Row and column in the table, for moving between cells like a spreadsheet. */
  row: number;
  column: number;
  onCommit: (value: number | null) => void;
  onRefused: (text: string) => void;
  onMove: (row: number, column: number) => void;
  /** Cells copied from a spreadsheet (more than one value) go to the import, not into one cell. */
  onPasteTable?: (text: string) => void;
};

/**
 * One figure cell: typed the Norwegian way, stored when the user leaves it (Enter, Tab, an arrow
 * key at the text's edge, or a click elsewhere). A value that cannot be read is refused and the
 * old one shown again. Missing is a dash, greyed.
 */
export function DataCell({ label, value, row, column, onCommit, onRefused, onMove, onPasteTable }: Props) {
  const t = useT();
  const shown = value === null ? '' : formatNumber(value);
  const [text, setText] = useState<string | undefined>();
  const commit = () => {
    if (text === undefined) return;
    setText(undefined);
    const parsed = parseNorwegianNumber(text);
    if (parsed === undefined) onRefused(text);
    else if (parsed !== value) onCommit(parsed);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const move = (dr: number, dc: number) => {
      e.preventDefault();
      commit();
      onMove(row + dr, column + dc);
    };
    if (e.key === 'Enter') move(e.shiftKey ? -1 : 1, 0);
    else if (e.key === 'ArrowDown') move(1, 0);
    else if (e.key === 'ArrowUp') move(-1, 0);
    else if (e.key === 'ArrowLeft' && atStart) move(0, -1);
    else if (e.key === 'ArrowRight' && atEnd) move(0, 1);
    else if (e.key === 'Escape' && text !== undefined) {
      // Takes back what was typed in the cell instead of closing the dialog.
      e.nativeEvent.stopPropagation();
      setText(undefined);
    }
  };
  const missing = value === null && text === undefined;
  return (
    <input
      className={missing ? 'data-cell missing' : 'data-cell'}
      aria-label={label}
      title={missing ? t('dataTable.missing') : undefined}
      data-cell={`${row}:${column}`}
      inputMode="decimal"
      placeholder="–"
      value={text ?? shown}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      onPaste={(e) => {
        const text = e.clipboardData?.getData('text/plain') ?? '';
        if (!onPasteTable || !/[\t\n]/.test(text.trim())) return;
        e.preventDefault();
        setText(undefined);
        onPasteTable(text);
      }}
    />
  );
}

/** A data table row's heading: the step's number and title (the whole title on hover). */
export function StepRowHeader({ title, number }: { title: string; number: number }) {
  const t = useT();
  return (
    <th scope="row" title={title}>
      <span className="step-number">{number}</span> {title || t('steps.untitled')}
    </th>
  );
}
