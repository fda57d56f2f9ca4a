// The places presence shows in, in the first-load code: they draw nothing in the single-user
// editor, and on a shared document load the presence code (with Yjs's awareness already there).
import { Suspense } from 'react';
import type { Scene } from '@/scene/primitives';
import { formatRef, type SceneRef } from '@/scene/sceneRef';
import { useCollabState, useSharedDocument } from '../collab/sharedDocumentContext';
import { lazyWithStrings } from '../shell/lazyWithStrings';

const PresenceAvatars = lazyWithStrings(() =>
  import('./PresenceAvatars').then((m) => ({ default: m.PresenceAvatars })),
);
const PresenceLayer = lazyWithStrings(() => import('./PresenceLayer').then((m) => ({ default: m.PresenceLayer })));

/** Who is here, for the toolbar. */
export function PresenceInToolbar() {
  const shared = useSharedDocument();
  const state = useCollabState();
  if (!shared) return null;
  return (
    <Suspense fallback={null}>
      <PresenceAvatars awareness={shared.awareness} role={state?.role} />
    </Suspense>
  );
}

/** Others' selections and pointers, for inside the canvas (TrappCanvas's `overlay`). */
export function PresenceOnCanvas(props: { pageId: string; sheet: Scene | undefined; selection: readonly SceneRef[] }) {
  const shared = useSharedDocument();
  if (!shared) return null;
  return (
    <Suspense fallback={null}>
      <PresenceLayer awareness={shared.awareness} keyOf={formatRef} {...props} />
    </Suspense>
  );
}
