import { useEffect, useId, useMemo, useState } from 'react';
import type { SceneContext } from '@/scene/buildScene';
import { searchEntries, type LibraryEntry } from '@/storage/library';
import { listLibrary, moveToBin, restoreDocument } from '@/storage/libraryActions';
import type { Workspace } from '@/storage/workspace';
import type { WorkspaceState } from '@/storage/workspaceState';
import { useT } from '../shell/i18nContext';
import { LibraryBin } from './LibraryBin';
import { LibraryCard } from './LibraryCard';
import type { StorageActions } from './useStorageUi';
import { Dialog } from '../fields/Dialog';

type Props = {
  workspace: Workspace;
  state: WorkspaceState;
  context: SceneContext;
  actions: StorageActions;
  onClose: () => void;
};

/** "Mine trapper": every document in this browser, to open, rename, copy, delete (to the bin) and find. */
export default function Library({ workspace, state, context, actions, onClose }: Props) {
  const t = useT();
  const searchId = useId();
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>();
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<LibraryEntry | undefined>();

  useEffect(() => {
    let current = true;
    listLibrary(workspace).then(
      (list) => current && setEntries(list),
      () => current && setEntries([]),
    );
    return () => {
      current = false;
    };
  }, [workspace, state.libraryVersion, state.documentId]);

  const live = useMemo(
    () =>
      searchEntries(
        (entries ?? []).filter((e) => e.deletedAt === undefined),
        query,
      ),
    [entries, query],
  );
  const bin = useMemo(() => (entries ?? []).filter((e) => e.deletedAt !== undefined), [entries]);
  const remove = async (entry: LibraryEntry) => {
    if (await moveToBin(workspace, entry.id)) setDeleted(entry);
  };

  return (
    <Dialog id="library-title" title={t('library.title')} className="library" onClose={onClose}>
      <div className="library-tools">
        <label htmlFor={searchId}>{t('library.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('library.searchHint')}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
        <span className="spacer" />
        <button type="button" onClick={actions.showNew}>
          + {t('toolbar.newTrapp')}
        </button>
      </div>
      <div className="toast" aria-live="polite">
        {deleted && (
          <p>
            {t('library.deleted', { name: deleted.name })}{' '}
            <button
              type="button"
              onClick={() => void restoreDocument(workspace, deleted.id).then(() => setDeleted(undefined))}
            >
              {t('library.undoDelete')}
            </button>
          </p>
        )}
      </div>
      {state.storageUnavailable ? (
        <p className="muted">{t('library.unavailable')}</p>
      ) : !entries ? (
        <p>{t('library.loading')}</p>
      ) : live.length === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="template-grid library-grid">
          {live.map((entry) => (
            <li key={entry.id}>
              <LibraryCard
                entry={entry}
                workspace={workspace}
                isCurrent={entry.id === state.documentId}
                context={context}
                onOpen={() => void actions.openDocument(entry.id, entry.name).then((opened) => opened && onClose())}
                onDelete={() => void remove(entry)}
              />
            </li>
          ))}
        </ul>
      )}
      {bin.length > 0 && <LibraryBin workspace={workspace} entries={bin} />}
    </Dialog>
  );
}
