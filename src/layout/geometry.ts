/** A rectangle on the page, in points: top-left corner and size. */
export type Box = { x: number; y: number; w: number; h: number };

/** The x-range on the page that belongs to one step; tracks and charts line up with these. */
export type StepColumn = { stepId: string; x: number; w: number };

/** A text the layout could not show whole, for the UI to warn about. */
export type Overflow = { kind: 'step' | 'band' | 'header' | 'callout' | 'track' | 'chart'; id: string; field: string };
