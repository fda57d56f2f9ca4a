import type { SceneRef } from './primitives';

/** Whether two references name the same part of the document. */
export const isSameRef = (a: SceneRef, b: SceneRef) => a.kind === b.kind && a.id === b.id;

export const includesRef = (refs: readonly SceneRef[], ref: SceneRef) => refs.some((r) => isSameRef(r, ref));

/** Shift-click: adds a ref that is not in the list, takes away one that is. */
export function toggleRef(refs: readonly SceneRef[], ref: SceneRef): readonly SceneRef[] {
  return includesRef(refs, ref) ? refs.filter((r) => !isSameRef(r, ref)) : [...refs, ref];
}

/** The same refs once each, in order. */
export function uniqueRefs(refs: readonly SceneRef[]): SceneRef[] {
  const out: SceneRef[] = [];
  for (const ref of refs) if (!includesRef(out, ref)) out.push(ref);
  return out;
}
