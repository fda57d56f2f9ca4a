// The file format's plain values: names, versions and vocabularies. They live apart from the
// validators in `schema.ts` so the editor's first load can use them without loading zod.
export const FORMAT = 'trappa';
export const CURRENT_VERSION = 1;
/** More steps than any trapp has (13 seen); a file with more is refused, so commands stop here too. */
export const MAX_STEPS = 60;

export const figureKinds = [
  'recipients',
  'costShare',
  'totalCost',
  'costPerUser',
  'fte',
  'decisions',
  'hoursPerWeek',
  'custom',
] as const;

export const stepChanges = ['strengthen', 'reduce', 'develop'] as const;

/** The drawn things a connector may attach to: a free element by its id, or a laid-out part by its scene reference. */
export const attachKinds = ['element', 'step', 'band', 'callout', 'header', 'track', 'chart'] as const;
export type AttachKind = (typeof attachKinds)[number];
export const isAttachKind = (kind: string): kind is AttachKind => (attachKinds as readonly string[]).includes(kind);

export const pageSizes = ['A4', 'A3', 'A2', 'A1', 'A0', '16:9'] as const;
/** A page's orientations, in the order the page and export controls offer them. */
export const orientations = ['landscape', 'portrait'] as const;

/** Block: a rectangle with the theme's corner radius; rounded: a pill; arrow: pointing along the reading direction; card: a pale card with the number on a tile of the step's colour. */
export const stepShapes = ['block', 'rounded', 'arrow', 'card'] as const;

/** Largest font file a document carries (a full Latin family member is 100-600 KB). */
export const MAX_FONT_BYTES = 2 * 1024 * 1024;
