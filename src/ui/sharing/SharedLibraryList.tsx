import { useId, useState } from 'react';
import { openTrappText, saveTrappFile } from '@/storage/files';
import { sharedDocumentUrl, type SharedDocumentSummary, type SharingApi } from '@/storage/sharingApi';
import { useT } from '../shell/i18nContext';
import { sharingErrorKey } from './sharingErrorKey';

type Props = { api: SharingApi; session: string; documents: SharedDocumentSummary[]; openId: string | undefined };

/** The logged-in person's shared trapps: open one in the editor, or take its current version out as a file. */
export function SharedLibraryList({ api, session, documents, openId }: Props) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string>();

  const download = async (doc: SharedDocumentSummary) => {
    try {
      const opened = await openTrappText(await api.downloadDocument(session, doc.id), '');
      if (opened.ok) await saveTrappFile(opened.document, doc.title);
      else setError(t('sharing.error.invalid-document'));
    } catch (caught) {
      setError(t(sharingErrorKey(caught)));
    }
  };
  return (
    <section aria-labelledby={`${id}-library`}>
      <h3 id={`${id}-library`}>{t('sharing.library')}</h3>
      {documents.length === 0 && <p className="muted">{t('sharing.libraryEmpty')}</p>}
      <ul className="sharing-list">
        {documents.map((doc) => (
          <li key={doc.id} aria-current={doc.id === openId ? 'true' : undefined}>
            <span>
              {doc.title}
              {doc.published && <span className="badge">{t('sharing.published')}</span>}
            </span>
            {doc.id !== openId && (
              <button type="button" onClick={() => window.location.assign(sharedDocumentUrl('', doc.id))}>
                {t('sharing.open')}
              </button>
            )}
            <button type="button" onClick={() => void download(doc)}>
              {t('sharing.download')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
