import type { SceneRef } from '@/scene/primitives';

const trackKinds = new Set<SceneRef['kind']>(['track', 'trackColumn', 'trackRow', 'trackCell']);
const chartKinds = new Set<SceneRef['kind']>(['chart', 'chartColumn', 'chartCurve', 'chartBar', 'figure']);

/** Scene ids of a track's or chart's parts start with the owner's id: `${trackId}:${columnId}:${rowId}`. */
export function getSelectedTrackId(ref: SceneRef | undefined): string | undefined {
  return ref && trackKinds.has(ref.kind) ? ref.id.split(':')[0] : undefined;
}

export function getSelectedChartId(ref: SceneRef | undefined): string | undefined {
  return ref && chartKinds.has(ref.kind) ? ref.id.split(':')[0] : undefined;
}

/** A selection on the canvas: free elements and laid-out parts, first chosen first; the inspector shows the first. */
export type Selection = readonly SceneRef[];
