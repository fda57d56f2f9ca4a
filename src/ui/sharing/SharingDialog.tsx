// Fil ▸ Del …: loaded only when opened, and the only place the single-user editor talks to a
// server. Its first call both lists the shared library and finds out whether there is a server.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createSharingApi, sharedDocumentUrl, SharingError, type SharedDocumentSummary } from '@/storage/sharingApi';
import type { Workspace } from '@/storage/workspace';
import { useT } from '../shell/i18nContext';
import { Dialog } from '../fields/Dialog';
import { useSharedDocument } from '../collab/sharedDocumentContext';
import { AccountForm } from './AccountForm';
import { SharedLibraryList } from './SharedLibraryList';
import { ShareLinks } from './ShareLinks';
import { sharingErrorKey } from './sharingErrorKey';
import { readSharingSession, writeSharingSession, type SharingSession } from './sharingSession';
import './sharing.css';

type Props = { workspace: Workspace; onClose: () => void };
type View =
  | { kind: 'checking' }
  | { kind: 'no-server' }
  | { kind: 'account' }
  | { kind: 'library'; documents: SharedDocumentSummary[] };

export default function SharingDialog({ workspace, onClose }: Props) {
  const t = useT();
  const api = useMemo(() => createSharingApi(), []);
  const shared = useSharedDocument();
  const [session, setSession] = useState<SharingSession | undefined>(readSharingSession);
  const [view, setView] = useState<View>({ kind: 'checking' });
  const [message, setMessage] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      // Without a session the call is refused as not-logged-in, which still shows a server is there.
      setView({ kind: 'library', documents: await api.listDocuments(session?.token ?? '') });
    } catch (error) {
      const code = error instanceof SharingError ? error.code : 'failed';
      if (code === 'no-server') return setView({ kind: 'no-server' });
      if (code === 'not-logged-in' && session) (writeSharingSession(undefined), setSession(undefined));
      setView({ kind: 'account' });
      if (code !== 'not-logged-in') setMessage(t(sharingErrorKey(error)));
    }
  }, [api, session, t]);
  useEffect(() => void refresh(), [refresh]);

  const logIn = (next: SharingSession) => (writeSharingSession(next), setMessage(undefined), setSession(next));
  const logOut = async () => {
    if (session) await api.logOut(session.token).catch(() => undefined);
    writeSharingSession(undefined);
    setSession(undefined);
  };
  const move = async () => {
    try {
      const { saveDocument } = await import('@/model/load');
      const id = await api.uploadDocument(session!.token, saveDocument(workspace.editor.document));
      window.location.assign(sharedDocumentUrl('', id));
    } catch (error) {
      setMessage(t(sharingErrorKey(error)));
    }
  };

  const current =
    shared && view.kind === 'library' ? view.documents.find((d) => d.id === shared.documentId) : undefined;
  return (
    <Dialog id="sharing-title" title={t('sharing.title')} className="sharing" onClose={onClose}>
      {view.kind === 'checking' && <p role="status">{t('sharing.checking')}</p>}
      {view.kind === 'no-server' && <p>{t('sharing.noServer')}</p>}
      {view.kind === 'account' && <AccountForm api={api} onSession={logIn} />}
      {view.kind === 'library' && session && (
        <>
          <p className="sharing-actions">
            <span>{t('sharing.loggedInAs', { name: session.name })}</span>
            <button type="button" onClick={() => void logOut()}>
              {t('sharing.logOut')}
            </button>
          </p>
          {!shared && (
            <section className="sharing-move">
              <button type="button" className="primary" onClick={() => void move()}>
                {t('sharing.move')}
              </button>
              <p className="muted">{t('sharing.moveLead')}</p>
            </section>
          )}
          {shared && !current && <p className="muted">{t('sharing.notOwner')}</p>}
          {current && (
            <ShareLinks
              api={api}
              session={session.token}
              documentId={current.id}
              published={current.published}
              onChanged={() => void refresh()}
            />
          )}
          <SharedLibraryList api={api} session={session.token} documents={view.documents} openId={shared?.documentId} />
        </>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </Dialog>
  );
}
