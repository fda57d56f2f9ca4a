import { useT } from '../shell/i18nContext';

type Props = {
  index: number;
  count: number;
  /** Moves the row to another index; left out, the row has no move buttons. */
  onMove?: (toIndex: number) => void;
  onRemove: () => void;
  /** The remove button's name ("Fjern kolonne"); its tooltip too, unless `removeTitle` says otherwise. */
  removeLabel: string;
  removeTitle?: string;
  /** The buttons' look where they stand ('quiet' among a section's headings). */
  buttonClassName?: string;
};

/** A list row's ↑ ↓ ✕ buttons in the inspector's editable lists. */
export function RowActions({ index, count, onMove, onRemove, removeLabel, removeTitle, buttonClassName }: Props) {
  const t = useT();
  const move = (to: number, label: string, arrow: string) =>
    onMove && (
      <button
        type="button"
        className={buttonClassName}
        aria-label={label}
        title={label}
        disabled={to < 0 || to >= count}
        onClick={() => onMove(to)}
      >
        {arrow}
      </button>
    );
  return (
    <span className="row-actions">
      {move(index - 1, t('track.moveEarlier'), '↑')}
      {move(index + 1, t('track.moveLater'), '↓')}
      <button
        type="button"
        className={buttonClassName}
        aria-label={removeLabel}
        title={removeTitle ?? removeLabel}
        onClick={onRemove}
      >
        ✕
      </button>
    </span>
  );
}
