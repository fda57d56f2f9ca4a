import { useMemo, useRef } from 'react';
import type { Language } from '@/model/types';
import type { Scene, SceneRef } from '@/scene/primitives';
import type { EditField } from '@/scene/editFields';
import { getOffsetKey } from '@/scene/offsets';
import { formatRef } from '@/scene/sceneRef';
import type { SceneFlowNode } from './SceneNodeView';
import type { PageFlowNode } from './PageNodeView';
import { HANDLE_SIZE, type HandleFlowNode } from './HandleNodeView';
import type { InlineEditorData, InlineEditorFlowNode } from './InlineEditorNode';
import { knownSize, reuseNode } from './stableNodes';
import { grabNode } from './grabNode';
import type { CanvasArrange, CanvasHandles } from './TrappCanvas';

const unselectable = new Set<SceneRef['kind']>(['page']);
/** Space between the sheets of a page that continues on more sheets. */
const SHEET_GAP = 40;

type Input = {
  sheets: readonly Scene[];
  selection: readonly SceneRef[];
  describe: (ref: SceneRef) => string;
  handles?: CanvasHandles;
  inline?: InlineEditorData & { field: EditField };
  arrange?: CanvasArrange;
  documentLanguage: Language;
};

/**
 * React Flow's nodes for the page: each sheet as a page node with the scene's parts on it, one
 * above the other, then the chart's value handles and the text being edited in place.
 */
export function useSceneNodes({ sheets, selection, describe, handles, inline, arrange, documentLanguage }: Input) {
  // Nodes and their data are reused while nothing about them changed, so a drag redraws only what moves.
  const previous = useRef(new Map<string, SceneFlowNode>());
  return useMemo(() => {
    const selectedKeys = new Set(selection.map(formatRef));
    const reused = new Map<string, SceneFlowNode>();
    const all: (SceneFlowNode | PageFlowNode | HandleFlowNode | InlineEditorFlowNode)[] = [];
    let offset = 0;
    sheets.forEach((scene, sheet) => {
      all.push({
        id: `sheet:${sheet}`,
        type: 'page',
        position: { x: 0, y: offset },
        data: { width: scene.width, height: scene.height, background: scene.background },
        selectable: false,
        draggable: false,
        focusable: false,
        zIndex: -1,
        ...knownSize(scene.width, scene.height),
      });
      for (const node of scene.nodes) {
        // Connectors are edges (see useConnectors).
        if (node.connector && sheet === 0) continue;
        const label = describe(node.ref);
        const key = getOffsetKey(node.ref);
        const flowNode = reuseNode(previous.current.get(node.id), {
          id: node.id,
          type: 'scene',
          position: { x: node.x, y: node.y + offset },
          data: {
            node,
            label,
            overridden: key !== undefined && !!arrange?.overridden.has(key),
            resizable: sheet === 0 && !!arrange?.canResize(node.ref),
          },
          selectable: !unselectable.has(node.ref.kind),
          selected: selectedKeys.has(formatRef(node.ref)),
          draggable: !!arrange?.canMove(node.ref),
          ...knownSize(node.w, node.h),
          ariaLabel: label,
          domAttributes: { lang: documentLanguage },
        });
        reused.set(node.id, flowNode);
        all.push(flowNode);
      }
      offset += scene.height + SHEET_GAP;
    });
    for (const handle of handles?.handles ?? []) {
      const label = handles!.label(handle);
      all.push({
        ...grabNode(`handle:${handle.id}`, 'handle', handle, HANDLE_SIZE, { handle, label }, 2000, label),
        ...knownSize(HANDLE_SIZE, HANDLE_SIZE),
      });
    }
    if (inline) {
      const { box } = inline.field;
      const width = Math.max(box.w + 8, 90);
      const height = Math.max(box.h + 6, inline.size * 1.6);
      all.push({
        id: 'inline-editor',
        type: 'inline',
        position: { x: box.x - 4, y: box.y - 3 },
        data: inline,
        ...knownSize(width, height),
        style: { width, height },
        draggable: false,
        selectable: false,
        zIndex: 3000,
      });
    }
    previous.current = reused;
    return all;
  }, [sheets, selection, describe, handles, inline, arrange, documentLanguage]);
}
