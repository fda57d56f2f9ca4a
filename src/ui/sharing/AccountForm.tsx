import { useId, useState } from 'react';
import type { SharingApi } from '@/storage/sharingApi';
import { useT } from '../shell/i18nContext';
import { sharingErrorKey } from './sharingErrorKey';
import type { SharingSession } from './sharingSession';

type Props = { api: SharingApi; onSession: (session: SharingSession) => void };

/** Name and password, to log in or to create an account with them (which also logs in). */
export function AccountForm({ api, onSession }: Props) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (create: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const trimmed = name.trim();
      const token = create ? await api.createAccount(trimmed, password) : await api.logIn(trimmed, password);
      onSession({ token, name: trimmed });
    } catch (caught) {
      setError(t(sharingErrorKey(caught)));
      setBusy(false);
    }
  };
  return (
    <form className="sharing-account" onSubmit={(event) => (event.preventDefault(), void submit(false))}>
      <p className="muted">{t('sharing.accountLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('sharing.name')}</label>
        <input
          id={`${id}-name`}
          autoComplete="username"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('sharing.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          minLength={8}
          maxLength={200}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="sharing-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('sharing.logIn')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={(event) => event.currentTarget.form?.reportValidity() && void submit(true)}
        >
          {t('sharing.createAccount')}
        </button>
      </div>
    </form>
  );
}
