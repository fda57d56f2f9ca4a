import { memo, useId, useMemo, useState } from 'react';
import { SceneSvg } from '@/canvas/SceneSvg';
import { buildPage, getOverviewPage, type SceneContext } from '@/scene/buildScene';
import type { LibraryEntry } from '@/storage/library';
import { duplicateDocument, renameDocument } from '@/storage/libraryActions';
import type { Workspace } from '@/storage/workspace';
import { useT } from '../shell/i18nContext';
import { formatDateTime } from '@/i18n/formatDate';
import { EntryButton } from './EntryButton';

type Props = {
  entry: LibraryEntry;
  workspace: Workspace;
  isCurrent: boolean;
  context: SceneContext;
  onOpen: () => void;
  onDelete: () => void;
};

export function LibraryCard({ entry, workspace, isCurrent, context, onOpen, onDelete }: Props) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const changed = formatDateTime(entry.updatedAt, t('app.locale'));
  return (
    <article className={`library-card${isCurrent ? ' current' : ''}`} aria-label={entry.name}>
      {/* A click target for the mouse only: "Åpne" below is the same action for keyboard and screen readers,
          and a second button named "Åpne" whose visible text is the picture's words would fail WCAG 2.5.3. */}
      <div className="thumbnail" aria-hidden="true" onClick={onOpen}>
        {/* The document a safe start left closed is not drawn here either: its drawing may be what failed. */}
        {workspace.getState().skipped?.id === entry.id ? (
          <span className="thumbnail-missing">{t('library.broken')}</span>
        ) : (
          <Thumbnail entry={entry} context={context} />
        )}
      </div>
      {renaming ? (
        <RenameForm
          name={entry.name}
          onDone={(name) => (setRenaming(false), name && void renameDocument(workspace, entry.id, name))}
        />
      ) : (
        <h3>{entry.name}</h3>
      )}
      <p className="muted">{[entry.municipality, entry.title].filter(Boolean).join(' · ')}</p>
      <p className="muted small">
        {t('library.changed', { date: changed })}
        {isCurrent && <strong className="badge">{t('library.current')}</strong>}
      </p>
      <div className="card-actions">
        <EntryButton action="open" name={entry.name} onClick={onOpen} />
        <EntryButton action="rename" name={entry.name} onClick={() => setRenaming(true)} />
        <EntryButton action="duplicate" name={entry.name} onClick={() => void duplicateDocument(workspace, entry.id)} />
        <EntryButton
          action="delete"
          name={entry.name}
          onClick={onDelete}
          disabled={isCurrent}
          title={isCurrent ? t('library.deleteOpen') : undefined}
        />
      </div>
    </article>
  );
}

/** The overview page, drawn by the canvas's own renderer; redrawn only when the document changes. */
const Thumbnail = memo(function Thumbnail({ entry, context }: { entry: LibraryEntry; context: SceneContext }) {
  const t = useT();
  const { document } = entry;
  const scene = useMemo(() => {
    try {
      return document ? buildPage(document, getOverviewPage(document), context).sheets[0] : undefined;
    } catch {
      // A document the layout cannot draw must not take the library, the way to the others, with it.
      return undefined;
    }
  }, [document, context]);
  if (!scene) return <span className="thumbnail-missing">{t('library.broken')}</span>;
  return <SceneSvg scene={scene} label={entry.name} />;
});

function RenameForm({ name, onDone }: { name: string; onDone: (name: string | undefined) => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(name);
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(value.trim() || undefined);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone(undefined);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('library.newName')}
      </label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoFocus maxLength={200} />
      <button type="submit">{t('library.saveName')}</button>
      <button type="button" onClick={() => onDone(undefined)}>
        {t('library.cancel')}
      </button>
    </form>
  );
}
