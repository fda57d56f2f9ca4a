import { useCallback, useEffect, useId, useState } from 'react';
import { sharedDocumentUrl, type SharingApi, type ShareRole, type ShareSummary } from '@/storage/sharingApi';
import { useT } from '../shell/i18nContext';
import { sharingErrorKey } from './sharingErrorKey';
import { Select } from '../fields/Select';

const shareRoles: readonly ShareRole[] = ['view', 'edit'];

type Props = { api: SharingApi; session: string; documentId: string; published: boolean; onChanged: () => void };

/** The owner's links to the open shared document (made, copied, revoked) and its published page. */
export function ShareLinks({ api, session, documentId, published, onChanged }: Props) {
  const t = useT();
  const id = useId();
  const [shares, setShares] = useState<ShareSummary[]>([]);
  const [role, setRole] = useState<ShareRole>('view');
  const [fresh, setFresh] = useState<string>();
  const [message, setMessage] = useState<string>();
  const origin = window.location.origin;

  const run = useCallback(
    async (action: () => Promise<string | void>) => {
      try {
        const done = await action();
        setMessage(done || undefined);
        setShares(await api.listShares(session, documentId));
      } catch (error) {
        setMessage(t(sharingErrorKey(error)));
      }
    },
    [api, session, documentId, t],
  );
  useEffect(() => void run(async () => undefined), [run]);

  const create = () =>
    run(async () => {
      const share = await api.createShare(session, documentId, role);
      setFresh(sharedDocumentUrl(origin, documentId, share.token));
    });
  const copy = (text: string) => run(async () => (await navigator.clipboard.writeText(text), t('sharing.copied')));
  const revoke = (shareId: string) =>
    run(async () => (await api.revokeShare(session, shareId), setFresh(undefined), t('sharing.revokedDone')));
  const publish = (on: boolean) => run(async () => (await api.setPublished(session, documentId, on), onChanged()));

  return (
    <section aria-labelledby={`${id}-links`}>
      <h3 id={`${id}-links`}>{t('sharing.links')}</h3>
      <div className="sharing-actions">
        <label htmlFor={`${id}-role`}>{t('sharing.role')}</label>
        <Select
          id={`${id}-role`}
          label={t('sharing.role')}
          value={role}
          options={shareRoles}
          optionLabel={(choice) => t(`sharing.role.${choice}`)}
          onChange={setRole}
        />
        <button type="button" onClick={() => void create()}>
          {t('sharing.createLink')}
        </button>
      </div>
      {fresh && (
        <div className="field sharing-link">
          <label htmlFor={`${id}-fresh`}>{t('sharing.newLink')}</label>
          <div className="sharing-actions">
            <input id={`${id}-fresh`} readOnly value={fresh} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy(fresh)}>
              {t('sharing.copy')}
            </button>
          </div>
        </div>
      )}
      <ul className="sharing-list">
        {shares.map((share, i) => (
          <li key={share.id}>
            <span>
              {t('sharing.linkItem', { n: i + 1, role: t(`sharing.role.${share.role}`) })}
              {share.revoked && ` · ${t('sharing.revoked')}`}
            </span>
            {!share.revoked && (
              <button type="button" onClick={() => void revoke(share.id)}>
                {t('sharing.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="sharing-actions">
        <button type="button" onClick={() => void publish(!published)}>
          {t(published ? 'sharing.unpublish' : 'sharing.publish')}
        </button>
        {published && (
          <span>
            {t('sharing.publishedAt')}{' '}
            <a href={`/p/${documentId}`} target="_blank" rel="noreferrer">{`${origin}/p/${documentId}`}</a>
          </span>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
