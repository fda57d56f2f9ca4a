// The canvas's own nodes for connectors (their ends, and the grip a new one is dragged from) need
// ids React Flow can key them by. They are built here and never parsed back: each node carries its
// ConnectorNodeRef in its data, and a connector edge is found by its scene node's id.

export type ConnectorEndName = 'from' | 'to';

/** What a connector node stands for: one end of a connector, the grip, or the fixed point the grip's preview starts at. */
export type ConnectorNodeRef =
  { kind: 'end'; elementId: string; end: ConnectorEndName } | { kind: 'grip' } | { kind: 'anchor' };

/** The node's id: `end:<element id>:from|to`, `connect:grip` or `connect:anchor`. */
export const formatConnectorNodeId = (ref: ConnectorNodeRef): string =>
  ref.kind === 'end' ? `end:${ref.elementId}:${ref.end}` : `connect:${ref.kind}`;

/** The edge drawn from the other end (or the anchor) to an end or grip being dragged. */
export const PREVIEW_EDGE_ID = 'connect:preview';

/** The connector whose end this is, if it is one. */
export const getConnectorIdOf = (ref: ConnectorNodeRef): string | undefined =>
  ref.kind === 'end' ? ref.elementId : undefined;
