// Others on the same page, drawn over the canvas in page coordinates (as the snap lines are):
// an outline in their colour round what they have selected, with their name, and their pointer
// while it moves. This person's page, selection and pointer go out through the same awareness.
// Only this layer subscribes to the others' presence, so their pointer moves redraw it alone.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ViewportPortal, useReactFlow, useStore } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { Scene, SceneNode } from '@/scene/primitives';
import type { SceneRef } from '@/scene/sceneRef';
import { getPeersOnPage, type Peer } from '@/scene/presence/presencePeers';
import { MAX_SELECTION, type PresencePointer } from '@/scene/presence/presenceState';
import { createThrottle } from '@/scene/presence/presenceThrottle';
import { useT } from '../shell/i18nContext';
import { useCollabState } from '../collab/sharedDocumentContext';
import { getPresenceStore } from './presenceStore';
import { useLocalPresence } from './useLocalPresence';
import './presence.css';

/** A pointer that has not moved for this long is taken away: pointers are shown while they move. */
const IDLE_MS = 4000;
const TAG_HEIGHT = 18;

type Props = {
  awareness: Awareness;
  pageId: string;
  sheet: Scene | undefined;
  selection: readonly SceneRef[];
  /** formatRef, passed in by the first load's slot so this chunk does not split sceneRef out of it. */
  keyOf: (ref: SceneRef) => string;
};

export function PresenceLayer({ awareness, pageId, sheet, selection, keyOf }: Props) {
  // Here too, not only in the toolbar: the others see who selected what even if the toolbar is not drawn.
  useLocalPresence(awareness, useCollabState()?.role, useT());
  usePublishView(awareness, pageId, selection);
  usePublishPointer(awareness, pageId);
  const store = getPresenceStore(awareness);
  const peers = useSyncExternalStore(store.subscribe, store.getPeers);
  const zoom = useStore((s) => s.transform[2]);
  const nodesByRef = useMemo(() => {
    const map = new Map<string, SceneNode[]>();
    for (const node of sheet?.nodes ?? []) map.set(keyOf(node.ref), [...(map.get(keyOf(node.ref)) ?? []), node]);
    return map;
  }, [sheet, keyOf]);
  const others = getPeersOnPage(peers, pageId);
  if (others.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="presence-layer" aria-hidden="true" width={1} height={1}>
        {others.map((peer) => (
          <PeerSelection
            key={peer.clientId}
            peer={peer}
            nodes={peer.selection.flatMap((ref) => nodesByRef.get(keyOf(ref)) ?? [])}
            zoom={zoom}
          />
        ))}
        {others.map(
          (peer) =>
            peer.pointer?.pageId === pageId && (
              <PeerPointer key={peer.clientId} peer={peer} pointer={peer.pointer} zoom={zoom} />
            ),
        )}
      </svg>
    </ViewportPortal>
  );
}

function PeerSelection({ peer, nodes, zoom }: { peer: Peer; nodes: readonly SceneNode[]; zoom: number }) {
  if (nodes.length === 0) return null;
  const colour = peer.user.colour;
  const first = nodes[0];
  return (
    <g className="presence-selection" data-client={peer.clientId}>
      {/* A white halo under the coloured line: it stands out on a dark page as on a white one. */}
      {nodes.map((node, i) => (
        <g key={i}>
          <NodeOutline node={node} stroke="#fff" strokeWidth={4} />
          <NodeOutline node={node} stroke={colour} strokeWidth={2} className="presence-outline" />
        </g>
      ))}
      {/* The name stays the same size on screen at any zoom. */}
      <NameTag x={first.x - 3} y={first.y - 3} dy={-TAG_HEIGHT} zoom={zoom} colour={colour} name={peer.user.name} />
    </g>
  );
}

/** A rectangle 3 px outside a node, its line as thick on screen at any zoom. */
function NodeOutline({
  node,
  stroke,
  strokeWidth,
  className,
}: {
  node: SceneNode;
  stroke: string;
  strokeWidth: number;
  className?: string;
}) {
  return (
    <rect
      className={className}
      x={node.x - 3}
      y={node.y - 3}
      width={node.w + 6}
      height={node.h + 6}
      rx={2}
      fill="none"
      stroke={stroke}
      strokeWidth={strokeWidth}
      vectorEffect="non-scaling-stroke"
    />
  );
}

function PeerPointer({ peer, pointer, zoom }: { peer: Peer; pointer: PresencePointer; zoom: number }) {
  const colour = peer.user.colour;
  return (
    <g className="presence-pointer" data-client={peer.clientId}>
      <g transform={`translate(${pointer.x} ${pointer.y}) scale(${1 / zoom})`}>
        <path
          d="M0 0 L0 17 L4.6 12.6 L7.8 19.6 L10.6 18.4 L7.4 11.4 L13 11.4 Z"
          fill={colour}
          stroke="#fff"
          strokeWidth={1.4}
          strokeLinejoin="round"
        />
      </g>
      <NameTag x={pointer.x} y={pointer.y} dx={14} dy={14} zoom={zoom} colour={colour} name={peer.user.name} />
    </g>
  );
}

function NameTag({
  x,
  y,
  dx = 0,
  dy = 0,
  zoom,
  colour,
  name,
}: {
  x: number;
  y: number;
  dx?: number;
  dy?: number;
  zoom: number;
  colour: string;
  name: string;
}) {
  // Sized from the drawn text once it is there; until then a guess of 8 px a letter.
  const text = useRef<SVGTextElement>(null);
  const [width, setWidth] = useState(() => [...name].length * 8 + 12);
  useLayoutEffect(() => {
    const drawn = text.current?.getComputedTextLength();
    if (drawn) setWidth(Math.ceil(drawn) + 12);
  }, [name]);
  return (
    <g transform={`translate(${x} ${y}) scale(${1 / zoom}) translate(${dx} ${dy})`}>
      <rect width={width} height={TAG_HEIGHT} rx={3} fill={colour} stroke="#fff" strokeWidth={1} />
      <text ref={text} x={6} y={13}>
        {name}
      </text>
    </g>
  );
}

/** The page one is on and what one has selected on it, as one awareness update. */
function usePublishView(awareness: Awareness, pageId: string, selection: readonly SceneRef[]) {
  useEffect(() => {
    const state = awareness.getLocalState();
    if (state) awareness.setLocalState({ ...state, pageId, selection: selection.slice(0, MAX_SELECTION) });
  }, [awareness, pageId, selection]);
}

/** The pointer over the canvas in page coordinates, at most 20 times a second; none once it leaves or rests. */
function usePublishPointer(awareness: Awareness, pageId: string) {
  const flow = useReactFlow();
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!domNode) return;
    const throttle = createThrottle<PresencePointer>((pointer) => awareness.setLocalStateField('pointer', pointer));
    let idle: ReturnType<typeof setTimeout> | undefined;
    const leave = () => {
      throttle.cancel();
      clearTimeout(idle);
      if (awareness.getLocalState()?.pointer) awareness.setLocalStateField('pointer', null);
    };
    const move = (event: PointerEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      throttle.push({ pageId, x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 });
      clearTimeout(idle);
      idle = setTimeout(leave, IDLE_MS);
    };
    domNode.addEventListener('pointermove', move);
    domNode.addEventListener('pointerleave', leave);
    return () => {
      domNode.removeEventListener('pointermove', move);
      domNode.removeEventListener('pointerleave', leave);
      leave();
    };
  }, [awareness, domNode, flow, pageId]);
}
