import type { FontWeight } from '@/layout/fonts';
import type { Segment } from '@/layout/pathSegments';

export type RectPrimitive = {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
  opacity?: number;
};
/** `segments`: the outline in page coordinates; SVG output writes them as `d` (formatPathData). */
export type PathPrimitive = {
  kind: 'path';
  segments: readonly Segment[];
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
};
export type TextPrimitive = {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  family: string;
  weight: FontWeight;
  size: number;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
};
export type LinkPrimitive = { kind: 'link'; x: number; y: number; w: number; h: number; href: string };
/** A picture stretched to its box (the box keeps the picture's proportions); `href`: a PNG, JPEG or sanitised SVG data URL. */
export type ImagePrimitive = {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  href: string;
  opacity?: number;
};
export type Primitive = RectPrimitive | PathPrimitive | TextPrimitive | LinkPrimitive | ImagePrimitive;

/** What a node of the scene stands for in the document, so the canvas can select and edit it. */
export type { SceneRef } from './sceneRef';
import type { SceneRef } from './sceneRef';

/** A group of primitives with one position; primitives are in page coordinates. */
export type SceneNode = {
  id: string;
  ref: SceneRef;
  x: number;
  y: number;
  w: number;
  h: number;
  primitives: Primitive[];
  /**
   * For a connector: its ends and route as drawn, so the canvas can show it as an edge with end
   * handles, and what each end is attached to, so the canvas can make it follow a dragged part.
   */
  connector?: {
    from: { x: number; y: number };
    to: { x: number; y: number };
    route: readonly Segment[];
    attached: { from?: SceneRef; to?: SceneRef };
  };
};

export type Scene = { width: number; height: number; background: string; nodes: SceneNode[] };
