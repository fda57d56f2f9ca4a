import { describe, expect, it } from 'vitest';
import { formatConnectorNodeId, getConnectorIdOf, PREVIEW_EDGE_ID } from './connectorNodeRef';

describe('connector node ids', () => {
  it('are distinct for each end of each connector, the grip and the anchor', () => {
    const ids = [
      formatConnectorNodeId({ kind: 'end', elementId: 'a', end: 'from' }),
      formatConnectorNodeId({ kind: 'end', elementId: 'a', end: 'to' }),
      formatConnectorNodeId({ kind: 'end', elementId: 'b', end: 'from' }),
      formatConnectorNodeId({ kind: 'grip' }),
      formatConnectorNodeId({ kind: 'anchor' }),
      PREVIEW_EDGE_ID,
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("an end's id ends in ':from' or ':to', which the e2e tests select by", () => {
    expect(formatConnectorNodeId({ kind: 'end', elementId: 'arrow-1', end: 'to' })).toMatch(/:to$/);
  });

  it('name the connector only for its ends', () => {
    expect(getConnectorIdOf({ kind: 'end', elementId: 'arrow-1', end: 'from' })).toBe('arrow-1');
    expect(getConnectorIdOf({ kind: 'grip' })).toBeUndefined();
  });
});
