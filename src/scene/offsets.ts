import type { Offset } from '@/model/types';
import type { Primitive, Scene, SceneNode, SceneRef } from './primitives';
import type { EditField } from './editFields';
import type { EditHandle } from './editHandles';
import { translateSegments } from '@/layout/pathSegments';
import { formatRef, getChartId, getTrackId } from './sceneRef';

const fixedKinds = new Set<string>(['page', 'element']);

/**
 * The key under which a laid-out part's move is kept in `page.offsets`. A track or chart moves as a
 * whole, so its parts share the owner's key; the page and free elements (which have their own
 * x and y) have none.
 */
export function getOffsetKey(ref: SceneRef): string | undefined {
  if (fixedKinds.has(ref.kind)) return undefined;
  const owner = getTrackId(ref) ?? getChartId(ref);
  if (owner !== undefined) return `${getTrackId(ref) === undefined ? 'chart' : 'track'}:${owner}`;
  return formatRef(ref);
}

export function translatePrimitive(p: Primitive, dx: number, dy: number): Primitive {
  if (p.kind === 'path') return { ...p, segments: translateSegments(p.segments, dx, dy) };
  return { ...p, x: p.x + dx, y: p.y + dy };
}

export function translateNode(node: SceneNode, dx: number, dy: number): SceneNode {
  return {
    ...node,
    x: node.x + dx,
    y: node.y + dy,
    primitives: node.primitives.map((p) => translatePrimitive(p, dx, dy)),
  };
}

type Offsets = Readonly<Record<string, Offset>> | undefined;
const offsetOf = (offsets: Offsets, ref: SceneRef) => {
  const key = getOffsetKey(ref);
  const offset = key ? offsets?.[key] : undefined;
  return offset && (offset.dx !== 0 || offset.dy !== 0) ? offset : undefined;
};

/** The scene with every part the user moved drawn where they moved it, on top; nodes not moved are the same objects. */
export function applyOffsetsToScene(scene: Scene, offsets: Offsets): Scene {
  if (!offsets || Object.keys(offsets).length === 0) return scene;
  const stay: SceneNode[] = [];
  const moved: SceneNode[] = [];
  for (const node of scene.nodes) {
    const offset = offsetOf(offsets, node.ref);
    if (offset) moved.push(translateNode(node, offset.dx, offset.dy));
    else stay.push(node);
  }
  // A part moved by hand is drawn above the parts the layout placed, so it is never hidden under them.
  return moved.length > 0 ? { ...scene, nodes: [...stay, ...moved] } : scene;
}

/** Page-level pieces that follow a moved part: the texts edited in place and a chart's drag handles. */
export function applyOffsetsToFields(fields: EditField[], offsets: Offsets): EditField[] {
  if (!offsets) return fields;
  return fields.map((field) => {
    const offset = offsetOf(offsets, field.ref);
    return offset ? { ...field, box: { ...field.box, x: field.box.x + offset.dx, y: field.box.y + offset.dy } } : field;
  });
}

export function applyOffsetsToHandles(handles: EditHandle[], offsets: Offsets): EditHandle[] {
  if (!offsets) return handles;
  return handles.map((handle) => {
    const offset = offsets[`chart:${handle.chartId}`];
    return offset
      ? {
          ...handle,
          x: handle.x + offset.dx,
          y: handle.y + offset.dy,
          top: handle.top + offset.dy,
          bottom: handle.bottom + offset.dy,
        }
      : handle;
  });
}
