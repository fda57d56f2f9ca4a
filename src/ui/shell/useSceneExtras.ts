// The extras (charts, tracks, icons; scene/sceneExtras.ts) are not part of the first page load. They
// load before the first picture when the opened document needs them (main.tsx), when the page is
// idle a second after the editor mounts, or at once when a document that needs them is shown sooner
// (a file opened, a template chosen, a collaborator's chart): that page is drawn without them for
// the moment it takes, and again when they come.
import { useEffect, useSyncExternalStore } from 'react';
import { needsExtras } from '@/layout/layoutExtras';
import type { TrappDocument } from '@/model/types';
import type { SceneExtras } from '@/scene/sceneExtras';
import { startWhenIdle } from './startWhenIdle';

let loaded: SceneExtras | undefined;
let loading: Promise<SceneExtras> | undefined;
const listeners = new Set<() => void>();

export function loadSceneExtras(): Promise<SceneExtras> {
  loading ??= import('@/scene/sceneExtras').then(
    ({ sceneExtras }) => {
      loaded = sceneExtras;
      for (const listener of listeners) listener();
      return sceneExtras;
    },
    (error: unknown) => {
      // Tried again at the next need (a lost connection may come back).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The extras once loaded; asks for them while `document` needs them and also when the page is idle after mounting. */
export function useSceneExtras(document: TrappDocument): SceneExtras | undefined {
  const extras = useSyncExternalStore(subscribe, () => loaded);
  const needed = !extras && needsExtras(document);
  useEffect(() => {
    if (needed) void loadSceneExtras().catch(() => undefined);
  }, [needed]);
  useEffect(() => startWhenIdle(() => void loadSceneExtras().catch(() => undefined)), []);
  return extras;
}
