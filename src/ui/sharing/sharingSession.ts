// The logged-in session, kept in localStorage under the key the shared editor reads its token
// from (SESSION_KEY), with the name it was made for, to show who is logged in.
import { SESSION_KEY } from '../collab/readSharedLink';

const NAME_KEY = 'trappa.sessionName';

export type SharingSession = { token: string; name: string };

export function readSharingSession(): SharingSession | undefined {
  try {
    const token = localStorage.getItem(SESSION_KEY);
    return token ? { token, name: localStorage.getItem(NAME_KEY) ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

export function writeSharingSession(session: SharingSession | undefined): void {
  try {
    if (session) {
      localStorage.setItem(SESSION_KEY, session.token);
      localStorage.setItem(NAME_KEY, session.name);
    } else {
      localStorage.removeItem(SESSION_KEY);
      localStorage.removeItem(NAME_KEY);
    }
  } catch {
    // Storage blocked: the session lasts while the dialog is open.
  }
}
