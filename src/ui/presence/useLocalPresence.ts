// Tells the others who this person is: the account's name (kept by the sharing UI) or "Gjest N",
// a colour of one's own, and whether one edits or only views.
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { cleanName } from '@/scene/presence/presenceState';
import { getPreferredColour } from '@/scene/presence/presenceColours';
import { getGuestNumber } from '@/scene/presence/presencePeers';
import type { Translate } from '@/i18n/translate';

/** Where the sharing UI keeps the logged-in account's name, beside the session token (src/ui/sharing/sharingSession.ts). */
export const ACCOUNT_NAME_KEY = 'trappa.sessionName';

function readAccountName(): string | undefined {
  try {
    return cleanName(localStorage.getItem(ACCOUNT_NAME_KEY));
  } catch {
    return undefined;
  }
}

export function useLocalPresence(awareness: Awareness, role: 'edit' | 'view' | undefined, t: Translate): void {
  const name = readAccountName() ?? t('presence.guest', { n: getGuestNumber(awareness.clientID) });
  useEffect(() => {
    const user = {
      name,
      colour: getPreferredColour(awareness.clientID, undefined),
      role: role === 'view' ? 'view' : 'edit',
    };
    const current = awareness.getLocalState()?.user as typeof user | undefined;
    if (current && current.name === user.name && current.colour === user.colour && current.role === user.role) return;
    awareness.setLocalStateField('user', user);
  }, [awareness, name, role]);
}
