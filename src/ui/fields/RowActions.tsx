import type { MessageKey } from '@/i18n/nb';
import { useT } from '../shell/i18nContext';

type Props = {
  index: number;
  count: number;
  /** Moves the row to another index; left out, the row has no move buttons. */
  onMove?: (toIndex: number) => void;
  onRemove: () => void;
  removeLabel: MessageKey;
};

/** A list row's ↑ ↓ ✕ buttons in the inspector's editable lists. */
export function RowActions({ index, count, onMove, onRemove, removeLabel }: Props) {
  const t = useT();
  return (
    <span className="row-actions">
      {onMove && (
        <button
          type="button"
          aria-label={t('track.moveEarlier')}
          title={t('track.moveEarlier')}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
      )}
      {onMove && (
        <button
          type="button"
          aria-label={t('track.moveLater')}
          title={t('track.moveLater')}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
      )}
      <button type="button" aria-label={t(removeLabel)} title={t(removeLabel)} onClick={onRemove}>
        ✕
      </button>
    </span>
  );
}
