// Who is here, in the toolbar: a round badge with each person's initials in their colour, oneself
// first; past MAX_SHOWN the rest are one "+N" badge. Each badge's accessible name says who and
// whether they edit or only view ("Kari (redigerer)").
import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { splitShown, type Peer } from '@/scene/presence/presencePeers';
import type { Translate } from '@/i18n/translate';
import { useT } from '../shell/i18nContext';
import { getPresenceStore } from './presenceStore';
import { useLocalPresence } from './useLocalPresence';
import './presence.css';

export const MAX_SHOWN = 4;

const initials = (name: string) =>
  name
    .split(' ')
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0].toUpperCase())
    .join('');

export const describePeer = (peer: Peer, t: Translate) =>
  peer.isSelf
    ? t('presence.self', { name: peer.user.name })
    : t(peer.user.role === 'view' ? 'presence.viewing' : 'presence.editing', { name: peer.user.name });

export function PresenceAvatars({ awareness, role }: { awareness: Awareness; role: 'edit' | 'view' | undefined }) {
  const t = useT();
  useLocalPresence(awareness, role, t);
  const store = getPresenceStore(awareness);
  const people = useSyncExternalStore(store.subscribe, store.getPeople);
  if (people.length === 0) return null;
  const { shown, rest } = splitShown(people, MAX_SHOWN);
  return (
    <ul className="presence-avatars" aria-label={t('presence.label')}>
      {shown.map((peer) => {
        const label = describePeer(peer, t);
        return (
          <li key={peer.clientId}>
            <span
              role="img"
              aria-label={label}
              title={label}
              className={peer.isSelf ? 'avatar self' : 'avatar'}
              style={{ background: peer.user.colour }}
            >
              {initials(peer.user.name)}
            </span>
          </li>
        );
      })}
      {rest.length > 0 && (
        <li>
          <span
            role="img"
            className="avatar more"
            aria-label={t('presence.more', {
              count: rest.length,
              names: rest.map((p) => describePeer(p, t)).join(', '),
            })}
            title={rest.map((p) => describePeer(p, t)).join('\n')}
          >
            +{rest.length}
          </span>
        </li>
      )}
    </ul>
  );
}
