import type { SceneRef } from '@/scene/primitives';

/** A selection on the canvas: free elements and laid-out parts, first chosen first; the inspector shows the first. */
export type Selection = readonly SceneRef[];
