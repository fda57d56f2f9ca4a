/** A rectangle on the page, in points: top-left corner and size. */
export type Box = { x: number; y: number; w: number; h: number };

/** The smallest box holding all the given boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** The x-range on the page that belongs to one step; tracks and charts line up with these. */
export type StepColumn = { stepId: string; x: number; w: number };

/** A text the layout could not show whole, for the UI to warn about. */
export type Overflow = {
  kind: 'step' | 'band' | 'header' | 'callout' | 'track' | 'chart';
  id: string;
  field: string;
  /** The texts left out, where the layout shows fewer of a list (services on the step page only). */
  texts?: string[];
};
