import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { layoutOverview } from '@/layout/overview';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createTrackDocument } from '../../tests/unit/fixtures/issue3Documents';
import { buildOverviewScene } from './overviewScene';
import type { TextPrimitive } from './primitives';
import { getRefIds } from './sceneRef';

const measurer = getNodeMeasurer();

describe('the scene of a housing track', () => {
  const doc = createTrackDocument(13);
  const scene = buildOverviewScene(doc, layoutOverview(doc, measurer, sceneExtras), sceneExtras);
  const track = doc.tracks[0];
  const ofKind = (kind: string) => scene.nodes.filter((n) => n.ref.kind === kind);

  it('has a node per column, row and cell with ids made from the document’s ids', () => {
    expect(ofKind('track').map((n) => n.id)).toEqual(['track:track-housing']);
    expect(ofKind('trackColumn').map((n) => getRefIds(n.ref).join(':'))).toEqual(
      track.columns.map((c) => `track-housing:${c.id}`),
    );
    expect(ofKind('trackRow').map((n) => getRefIds(n.ref).join(':'))).toEqual(
      track.rows.map((r) => `track-housing:${r.id}`),
    );
    expect(
      ofKind('trackCell')
        .map((n) => getRefIds(n.ref).join(':'))
        .sort(),
    ).toEqual(track.columns.flatMap((c) => track.rows.map((r) => `track-housing:${c.id}:${r.id}`)).sort());
    expect(new Set(scene.nodes.map((n) => n.id)).size).toBe(scene.nodes.length);
  });

  it('draws each column title on its header and each cell’s words in the cell', () => {
    for (const column of track.columns) {
      const node = scene.nodes.find((n) => n.id === `trackColumn:track-housing:${column.id}`)!;
      expect(node.primitives[0]).toMatchObject({ kind: 'rect' });
      const words = node.primitives
        .filter((p): p is TextPrimitive => p.kind === 'text')
        .map((p) => p.text)
        .join(' ');
      expect(words.split(/\s+/)).toEqual(column.title.split(/\s+/));
    }
    const cell = scene.nodes.find((n) => n.id === 'trackCell:track-housing:col-6:row-payment')!;
    expect(cell.primitives.filter((p): p is TextPrimitive => p.kind === 'text').map((p) => p.text)).toEqual([
      'Vederlag',
    ]);
  });

  it('draws the track after the staircase and before the page axis', () => {
    const kinds = scene.nodes.map((n) => n.ref.kind);
    expect(kinds.lastIndexOf('step')).toBeLessThan(kinds.indexOf('track'));
    expect(kinds.lastIndexOf('trackCell')).toBeLessThan(kinds.indexOf('axis'));
  });
});
