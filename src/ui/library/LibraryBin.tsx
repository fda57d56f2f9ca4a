import { getDaysLeftInBin, type LibraryEntry } from '@/storage/library';
import { deleteForever, restoreDocument } from '@/storage/libraryActions';
import type { Workspace } from '@/storage/workspace';
import { useT } from '../shell/i18nContext';
import { EntryButton } from './EntryButton';

/** Deleted documents, kept for 30 days: restore one, or delete it for good. */
export function LibraryBin({ workspace, entries }: { workspace: Workspace; entries: LibraryEntry[] }) {
  const t = useT();
  const now = Date.now();
  return (
    <details className="library-bin">
      <summary>{t('library.bin', { count: entries.length })}</summary>
      <p className="muted">{t('library.binLead')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span>
              <strong>{entry.name}</strong>{' '}
              <span className="muted">{t('library.daysLeft', { days: getDaysLeftInBin(entry.deletedAt!, now) })}</span>
            </span>
            <EntryButton action="restore" name={entry.name} onClick={() => void restoreDocument(workspace, entry.id)} />
            <EntryButton
              action="deleteForever"
              name={entry.name}
              onClick={() => void deleteForever(workspace, entry.id)}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}
