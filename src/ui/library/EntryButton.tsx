import { useT } from '../shell/i18nContext';

type Action = 'open' | 'rename' | 'duplicate' | 'delete' | 'restore' | 'deleteForever';
type Props = { action: Action; name: string; onClick: () => void; disabled?: boolean; title?: string };

/**
 * A button that acts on one stored document: it shows the short word ("Åpne") and is named with the
 * document ("Åpne «Alver»"), so a list of cards is not a list of identical buttons to a screen reader.
 */
export function EntryButton({ action, name, onClick, disabled, title }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      title={title}
      aria-label={t(`library.${action}Named`, { name })}
    >
      {t(`library.${action}`)}
    </button>
  );
}
