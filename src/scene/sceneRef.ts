// What a scene node stands for in the document: a kind with the ids that find it there. Parts of
// tracks and charts carry their owner's id and their own as separate fields, so nothing has to
// split a string to find them; formatRef makes the one string form (node ids, DOM ids, keys).

/** Parts named by one id: the step's, the band's, the element's, the track's or the chart's. */
export type SimpleRef = {
  kind:
    | 'step'
    | 'band'
    | 'header'
    | 'axis'
    | 'footer'
    | 'callout'
    | 'page'
    /** A parallel track's title and axis; id: the track's id. */
    | 'track'
    /** A chart's frame: title, legend, baseline, arrow; id: the chart's id. */
    | 'chart'
    /** A mastery chart's curve; id: the chart's id. */
    | 'chartCurve'
    /** A free element the user placed on the page. */
    | 'element'
    /** The marker and change beside a step; id: the step's id, or 'legend' for their legend. */
    | 'stepChange';
  id: string;
};
// A part's ids are its own fields; `id?: undefined` lets code that holds any reference ask for
// `ref.id` (a part of a track or chart has none) without narrowing first.
export type TrackPartRef =
  | { kind: 'trackColumn'; trackId: string; columnId: string; id?: undefined }
  | { kind: 'trackRow'; trackId: string; rowId: string; id?: undefined }
  | { kind: 'trackCell'; trackId: string; columnId: string; rowId: string; id?: undefined };
export type ChartPartRef =
  /** A mastery chart's column. */
  | { kind: 'chartColumn'; chartId: string; stepId: string; id?: undefined }
  | { kind: 'chartBar'; chartId: string; barId: string; id?: undefined }
  /** A step's figure in a figure chart (bar and value, or a dash). */
  | { kind: 'figure'; chartId: string; stepId: string; id?: undefined };
export type SceneRef = SimpleRef | TrackPartRef | ChartPartRef;

const trackKinds: ReadonlySet<SceneRef['kind']> = new Set(['track', 'trackColumn', 'trackRow', 'trackCell']);
const chartKinds: ReadonlySet<SceneRef['kind']> = new Set(['chart', 'chartColumn', 'chartCurve', 'chartBar', 'figure']);

/** The ids of a reference, owner first, in the order its string form has them. */
export function getRefIds(ref: SceneRef): string[] {
  switch (ref.kind) {
    case 'trackColumn':
      return [ref.trackId, ref.columnId];
    case 'trackRow':
      return [ref.trackId, ref.rowId];
    case 'trackCell':
      return [ref.trackId, ref.columnId, ref.rowId];
    case 'chartColumn':
    case 'figure':
      return [ref.chartId, ref.stepId];
    case 'chartBar':
      return [ref.chartId, ref.barId];
    default:
      return [ref.id];
  }
}

/** The one string form, `kind:id[:id…]`: scene node ids, DOM ids and map keys. Never parsed back. */
export const formatRef = (ref: SceneRef) => [ref.kind, ...getRefIds(ref)].join(':');

/** The id of a reference of one of the simple kinds, or undefined for a reference of another kind. */
export const getIdOf = (ref: SceneRef | undefined, kind: SimpleRef['kind']) =>
  ref?.kind === kind ? ref.id : undefined;

/** Whether two references name the same part of the document. */
export function isSameRef(a: SceneRef, b: SceneRef): boolean {
  if (a.kind !== b.kind) return false;
  const [x, y] = [getRefIds(a), getRefIds(b)];
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** The track a part belongs to (the track itself for its title), or undefined for anything else. */
export function getTrackId(ref: SceneRef | undefined): string | undefined {
  if (!ref || !trackKinds.has(ref.kind)) return undefined;
  return ref.kind === 'track' ? ref.id : getRefIds(ref)[0];
}

/** The chart a part belongs to (the chart itself for its frame and curve), or undefined for anything else. */
export function getChartId(ref: SceneRef | undefined): string | undefined {
  if (!ref || !chartKinds.has(ref.kind)) return undefined;
  return ref.kind === 'chart' || ref.kind === 'chartCurve' ? ref.id : getRefIds(ref)[0];
}

/** The step a part stands for: a step, its callout, its figure or its mastery column; undefined otherwise. */
export function getRefStepId(ref: SceneRef): string | undefined {
  if (ref.kind === 'step' || ref.kind === 'callout') return ref.id;
  if (ref.kind === 'figure' || ref.kind === 'chartColumn') return ref.stepId;
  return undefined;
}

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
