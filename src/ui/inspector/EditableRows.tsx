import { InlineInput } from '../fields/InlineInput';
import { RowActions } from '../fields/RowActions';
import { StepRangeSelect } from '../fields/StepRangeSelect';
import { useEditor } from '../shell/editorContext';

type StepRange = { firstStep: string; lastStep: string };
type Props<R extends { id: string }> = {
  rows: readonly R[];
  /** A row's text box: its name by position, its text, and what typing in it does (one undo step, ended on leaving). */
  label: (index: number) => string;
  text: (row: R) => string;
  onText: (row: R, text: string) => void;
  /** The steps a row spans (a track's column, a chart's bar); left out, the rows span none. */
  range?: (row: R) => StepRange;
  onRange?: (row: R, range: StepRange) => void;
  onMove?: (row: R, toIndex: number) => void;
  onRemove: (row: R) => void;
  removeLabel: string;
  onAdd: () => void;
  addLabel: string;
};

/** An inspector list of named rows (a track's columns and rows, a chart's bars) with its "+ add" button under it. */
export function EditableRows<R extends { id: string }>({
  rows,
  label,
  text,
  onText,
  range,
  onRange,
  onMove,
  onRemove,
  removeLabel,
  onAdd,
  addLabel,
}: Props<R>) {
  const editor = useEditor();
  return (
    <>
      <ol className="rows">
        {rows.map((row, i) => (
          <li key={row.id}>
            <InlineInput
              label={label(i)}
              value={text(row)}
              onBlur={() => editor.endGesture()}
              onChange={(value) => onText(row, value)}
            />
            {range && onRange && (
              <StepRangeSelect
                firstStep={range(row).firstStep}
                lastStep={range(row).lastStep}
                onChange={(steps) => onRange(row, steps)}
              />
            )}
            <RowActions
              index={i}
              count={rows.length}
              onMove={onMove && ((toIndex) => onMove(row, toIndex))}
              onRemove={() => onRemove(row)}
              removeLabel={removeLabel}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={onAdd}>
        + {addLabel}
      </button>
    </>
  );
}
