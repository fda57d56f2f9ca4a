// The document is declared once, here, as validators; the TypeScript types in
// `types.ts` are inferred from them so the file format and the code cannot drift.
import { z } from 'zod';
import { isSafeHref } from './links';
import { isReservedKey, limits, reservedKeyPattern } from './limits';
import {
  FORMAT,
  CURRENT_VERSION,
  MAX_STEPS,
  figureKinds,
  stepChanges,
  attachKinds,
  pageSizes,
  stepShapes,
  MAX_FONT_BYTES,
} from './schemaConstants';

// The plain values live apart so the first page load can use them without the validator (zod).
export * from './schemaConstants';

/** Ids index records (track cells by row, chart values by step), so none may be a name every object has. */
const id = z.string().min(1).max(limits.idLength).regex(reservedKeyPattern, 'reservedId');
const text = z.string().max(limits.textLength);
const longText = z.string().max(limits.longTextLength);
/** A position or a move on a page, in points. */
const coordinate = z.number().min(-limits.coordinate).max(limits.coordinate);
const extent = z.number().positive().max(limits.coordinate);
/** A record keyed by ids, with no more entries than a document can have ids for. */
const idRecord = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((record) => Object.keys(record).length <= limits.recordEntries, 'tooManyEntries');
/** Pictures are data the document carries: PNG, JPEG or SVG, never an address to fetch. */
const pictureSrc = z
  .string()
  .max(limits.pictureLength)
  .regex(/^data:image\/(png|jpeg|svg\+xml)(;[\w=.+-]+)*,/, 'pictureSrc');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1a2b3c');

/**
 * Part of an item's text that links to a web page; `href` may be empty until the user fills it.
 * Files are untrusted: an address that is not http(s), mailto or tel is refused where it stands.
 */
export const linkSchema = z.object({
  text: z.string().min(1).max(limits.textLength),
  href: text.refine((href) => href === '' || isSafeHref(href), 'unsafeLink'),
});

const itemFields = {
  id,
  text,
  links: z.array(linkSchema).max(limits.links).optional(),
  /** Shown as an example rather than as the municipality's own offer (Gausdal). */
  example: z.boolean().optional(),
};
/** Items nest one level: a child item has no children of its own. */
export const childItemSchema = z.object(itemFields);
export const itemSchema = z.object({
  ...itemFields,
  items: z.array(childItemSchema).max(limits.childItems).optional(),
});

export const sectionSchema = z.object({ id, heading: text, items: z.array(itemSchema).max(limits.items) });

export const figureSchema = z.object({
  id,
  kind: z.enum(figureKinds),
  /** The label a user gave a custom figure; the built-in kinds take theirs from the UI language. */
  label: text.optional(),
  /** null: no value yet, shown as a dash, never as 0. */
  value: z.number().min(-limits.figureValue).max(limits.figureValue).nullable(),
  unit: text,
  /** The year or scenario the value belongs to: "2021", "Budsjett 2026", "Mål 2040". */
  series: text,
});

export const styleOverrideSchema = z.object({
  fill: colour.optional(),
  textColour: colour.optional(),
  fontScale: z.number().min(0.25).max(4).optional(),
});

export const stepSchema = z.object({
  id,
  title: text,
  subtitle: text,
  vision: text,
  commitments: z.object({ heading: text, items: z.array(itemSchema).max(limits.items) }),
  sections: z.array(sectionSchema).max(limits.sections),
  figures: z.array(figureSchema).max(limits.figures),
  /** A highlighted message on the step, such as a campaign ("Er hjemmet ditt klart ...?"). */
  callout: text.optional(),
  /** Small print belonging to the step, such as an explanation of a starred word. */
  footnote: text.optional(),
  /** Speaker notes for presenting the step; never drawn. Optional, so version 1 files without it stay valid. */
  notes: longText.optional(),
  style: styleOverrideSchema.optional(),
  /** What the municipality means to do with the step: strengthen it, reduce it, or develop what is missing. Optional, added after version 1. */
  change: z.enum(stepChanges).optional(),
});

/** A labelled group of consecutive steps, given by its first and last step. */
export const bandSchema = z.object({
  id,
  label: text,
  firstStep: id,
  lastStep: id,
  colour: colour.optional(),
});

/** A second staircase beside the main one whose columns span ranges of main steps (Alver's bustadtrapp). */
export const trackSchema = z.object({
  id,
  title: text,
  position: z.enum(['below', 'above']),
  axis: z.object({ start: text, end: text }),
  rows: z.array(z.object({ id, label: text })).max(limits.trackRows),
  columns: z
    .array(
      z.object({
        id,
        title: text,
        firstStep: id,
        lastStep: id,
        /** Cell text by row id; a missing cell is empty. */
        cells: idRecord(text),
      }),
    )
    .max(limits.trackColumns),
});

/** Columns (e.g. mastery) and a curve (e.g. need for resources) per step (Gausdal's mestringstrapp). */
export const masteryChartSchema = z.object({
  id,
  kind: z.literal('mastery'),
  title: text,
  columnLabel: text,
  curveLabel: text,
  arrowLabel: text,
  /** Values from 0 to 100 by step id; a step without an entry has no column or curve point. */
  values: idRecord(z.object({ column: z.number().min(0).max(100), curve: z.number().min(0).max(100) })),
  /** Qualitative: draw the shapes without printing the numbers, as Gausdal's figure does. */
  showValues: z.boolean(),
  curve: z.enum(['smooth', 'straight']),
  bars: z.array(z.object({ id, label: text, firstStep: id, lastStep: id })).max(limits.chartBars),
  columnColour: colour.optional(),
  curveColour: colour.optional(),
  /** A second year or scenario ("Mål 2040") drawn over the first as outlined columns and a dashed curve. Optional, added after version 1. */
  compare: z
    .object({
      label: text,
      values: idRecord(z.object({ column: z.number().min(0).max(100), curve: z.number().min(0).max(100) })),
    })
    .optional(),
});

/** Bars of one figure kind aligned under the steps (cost per step, users per step). */
export const figureChartSchema = z.object({
  id,
  kind: z.literal('figureBars'),
  title: text,
  figure: z.enum(figureKinds),
  series: text,
  /** A second year or scenario drawn beside the first, bar by bar. Optional, added after version 1. */
  compareSeries: text.optional(),
});

export const chartSchema = z.discriminatedUnion('kind', [masteryChartSchema, figureChartSchema]);

/** Every free element: where it is on its page, and whether it is locked or part of a group. */
const elementFields = {
  id,
  x: coordinate,
  y: coordinate,
  w: extent,
  h: extent,
  /** A locked element cannot be selected by a click on the canvas, moved or resized until unlocked. */
  locked: z.boolean().optional(),
  /** Elements with the same group id are selected, moved and copied together. */
  group: id.optional(),
};

/** One end of a connector: a point, or a point kept on the edge of what it is attached to. */
export const connectorEndSchema = z.object({
  x: coordinate,
  y: coordinate,
  attach: z.object({ kind: z.enum(attachKinds), id }).optional(),
});

export const iconNameSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Things the user places on a page by hand, drawn above the laid-out content, in list order. */
export const freeElementSchema = z.discriminatedUnion('kind', [
  z.object({
    ...elementFields,
    kind: z.literal('text'),
    text,
    size: z.number().positive().max(limits.fontSize),
    bold: z.boolean(),
    colour: colour.optional(),
    align: z.enum(['start', 'middle', 'end']).optional(),
  }),
  z.object({
    ...elementFields,
    kind: z.literal('shape'),
    shape: z.enum(['rect', 'roundedRect', 'ellipse', 'line']),
    fill: colour.optional(),
    stroke: colour.optional(),
    strokeWidth: z.number().min(0).max(40).optional(),
  }),
  /** A connector: has no box of its own, its ends say where it is. */
  z.object({
    id,
    kind: z.literal('arrow'),
    from: connectorEndSchema,
    to: connectorEndSchema,
    routing: z.enum(['straight', 'elbow', 'curved']).optional(),
    label: text.optional(),
    colour: colour.optional(),
    /** Arrow heads at the ends; default: at `to` only. */
    heads: z.enum(['end', 'both', 'none']).optional(),
    locked: z.boolean().optional(),
    group: id.optional(),
  }),
  /** A PNG, JPEG or sanitised SVG from the user's disk, as a data URL. */
  z.object({ ...elementFields, kind: z.literal('image'), src: pictureSrc, alt: text, logo: z.boolean().optional() }),
  /** An icon from the bundled set, by name. */
  z.object({ ...elementFields, kind: z.literal('icon'), icon: iconNameSchema, colour: colour.optional() }),
  /** A step's figure (one kind, one series) shown large with its label; the value follows the data. */
  z.object({ ...elementFields, kind: z.literal('figure'), stepId: id, figure: z.enum(figureKinds), series: text }),
]);

/** How far the user moved a laid-out part from where the layout put it. */
export const offsetSchema = z.object({ dx: coordinate, dy: coordinate });

export const pageSchema = z.object({
  id,
  kind: z.enum(['overview', 'step', 'free']),
  /** The step a step page belongs to. */
  stepId: id.optional(),
  title: text.optional(),
  elements: z.array(freeElementSchema).max(limits.elementsPerPage),
  /**
   * Laid-out parts the user dragged away from their automatic place, by `${ref.kind}:${ref.id}`
   * (e.g. "step:s3"); cleared by "Tilbakestill plassering". Optional, added after version 1.
   */
  offsets: z
    .record(
      z
        .string()
        .max(limits.idLength + 20)
        .refine((key) => !isReservedKey(key), 'reservedId'),
      offsetSchema,
    )
    .refine((record) => Object.keys(record).length <= limits.recordEntries, 'tooManyEntries')
    .optional(),
});

export const themeSchema = z.object({
  name: text,
  background: colour,
  text: colour,
  mutedText: colour,
  /** Step colours run from the first (open, preventive) to the last (24-hour care); two or more stops. */
  stepColours: z.array(colour).min(2).max(limits.colours),
  bandColours: z.array(colour).min(1).max(limits.colours),
  accent: colour,
  headingFont: z.string().max(200),
  bodyFont: z.string().max(200),
  cornerRadius: z.number().min(0).max(40),
  // Added after version 1 shipped, so optional; the default is applied where each is read (src/model/themes.ts).
  /** How a step is drawn on the overview; default 'block'. */
  stepShape: z.enum(stepShapes).optional(),
  /** Weight of titles and step numbers; default 700. */
  headingWeight: z.union([z.literal(600), z.literal(700)]).optional(),
  /** Multiplies the width of rules and arrows; default 1. */
  lineWidth: z.number().min(0.25).max(4).optional(),
});

/**
 * A TTF or OTF the user uploaded, carried inside the document (base64) so that every computer
 * draws and measures it the same and every export can embed it. Optional, added after version 1.
 */
export const userFontSchema = z.object({
  family: z.string().trim().min(1).max(64),
  weight: z.union([z.literal(400), z.literal(600), z.literal(700)]),
  data: z
    .string()
    .max(Math.ceil(MAX_FONT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
});

export const layoutSchema = z.object({
  direction: z.enum(['right', 'left']),
  showSubtitles: z.boolean(),
  showBands: z.boolean(),
  showAxis: z.boolean(),
  /** Width of a step block as a share of the staircase's width (0.2 to 0.9). */
  stepWidth: z.number().min(0.2).max(0.9),
  /** Gap between steps as a share of a step's height. */
  stepGap: z.number().min(0).max(1),
  // Layout variants added after version 1, so optional; defaults are applied where read (src/model/layoutOptions.ts).
  /** Steps as a rising staircase across the page, or as a list of rows with the highest step at the top; default 'staircase'. */
  arrangement: z.enum(['staircase', 'list']).optional(),
  /** Staircase only: each step one tread higher than the one before, or all steps side by side at one height; default 'rising'. */
  stepHeights: z.enum(['rising', 'equal']).optional(),
  /**
   * What a step shows under its title: nothing, its subtitle, its first few services, or 'auto': as
   * much as fits the paper at a readable size (the default of new documents); default from `showSubtitles`.
   */
  detail: z.enum(['auto', 'titles', 'subtitles', 'services']).optional(),
  /** Whether short step pages share a sheet when exported; default false. Optional, added after version 1. */
  shareStepSheets: z.boolean().optional(),
  /** Whether figure charts are drawn under the steps; default true. */
  showFigures: z.boolean().optional(),
  /** The change of one figure from one series to another, drawn beside each step ("+12 %"). Optional, added after version 1. */
  showChange: z.object({ figure: z.enum(figureKinds), from: text, to: text }).optional(),
});

export const documentSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  meta: z.object({
    municipality: text,
    title: text,
    language: z.enum(['nb', 'nn']),
    year: z.number().int().min(limits.yearMin).max(limits.yearMax).nullable(),
    intro: longText,
    /** Small print at the bottom: "Vedtatt i kommunestyret 2025". */
    footnote: text,
  }),
  page: z.object({ size: z.enum(pageSizes), orientation: z.enum(['portrait', 'landscape']) }),
  theme: themeSchema,
  layout: layoutSchema,
  axis: z.object({ label: text, start: text, end: text }),
  steps: z.array(stepSchema).max(MAX_STEPS),
  bands: z.array(bandSchema).max(limits.bands),
  tracks: z.array(trackSchema).max(limits.tracks),
  charts: z.array(chartSchema).max(limits.charts),
  pages: z.array(pageSchema).max(limits.pages),
  /** Fonts the user uploaded; a theme names them by family. Optional, added after version 1. */
  fonts: z.array(userFontSchema).max(12).optional(),
});
