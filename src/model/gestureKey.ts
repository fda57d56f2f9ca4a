/**
 * What a gesture changes: commands run with the same key one after another become one undo step
 * (see `Editor.run`). The kind names the control or pointer action; the parts after it say which
 * thing and field, so typing in two fields is two steps.
 */
export type GestureKind =
  | 'axis'
  | 'band'
  | 'bar'
  | 'batch'
  | 'cell'
  | 'chart'
  | 'column'
  | 'commitments'
  | 'compare'
  | 'drag'
  | 'element'
  | 'figure'
  | 'inline'
  | 'item'
  | 'layout'
  | 'meta'
  | 'nudge'
  | 'resize'
  | 'row'
  | 'section'
  | 'step'
  | 'style'
  | 'theme'
  | 'track'
  | 'value';

/** A gesture key: its kind, then any ids and field names, joined by ':'. A misspelt kind does not compile. */
export type GestureKey = GestureKind | `${GestureKind}:${string}`;

/** The key of a gesture of `kind` on the thing the parts name, e.g. `gestureKey('step', step.id, 'title')`. */
export function gestureKey(kind: GestureKind, ...parts: readonly (string | number)[]): GestureKey {
  return parts.length === 0 ? kind : `${kind}:${parts.join(':')}`;
}
