import type { PageSize, TrappDocument } from '@/model/types';

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'html';
export type PageChoice = 'overview' | 'all';
export type Paper = TrappDocument['page'];

/** What the user chooses in the export dialog or on the command line; sizes in millimetres. */
export type ExportOptions = {
  format: ExportFormat;
  paper: Paper;
  pages: PageChoice;
  marginMm: number;
  bleedMm: number;
  cropMarks: boolean;
  dpi: number;
  /** A PNG this many pixels wide instead of at `dpi`; 0 when the resolution decides. */
  pixelWidth: number;
  /** A PNG without the page background, for laying over other material. */
  transparent: boolean;
  /** SVG text as glyph outlines from the font files, for programs without the font. */
  outlines: boolean;
  /** Lays the document out again for the chosen paper instead of scaling its own layout to fit it. */
  relayout: boolean;
};

export const exportFormats: readonly ExportFormat[] = ['pdf', 'png', 'svg', 'html'];
export const pngResolutions = [72, 150, 300] as const;
/** The print shop preset: 3 mm bleed and crop marks. */
export const PRINT_SHOP_BLEED_MM = 3;
export const MAX_MARGIN_MM = 100;
export const MAX_BLEED_MM = 10;
export const MIN_PIXEL_WIDTH = 16;
export const MAX_PIXEL_WIDTH = 32767;

export function getDefaultExportOptions(doc: TrappDocument): ExportOptions {
  return {
    format: 'pdf',
    paper: { ...doc.page },
    pages: 'overview',
    marginMm: 0,
    bleedMm: 0,
    cropMarks: false,
    dpi: 150,
    pixelWidth: 0,
    transparent: false,
    outlines: false,
    relayout: true,
  };
}

export function applyPrintShopPreset(options: ExportOptions, on: boolean): ExportOptions {
  return { ...options, bleedMm: on ? PRINT_SHOP_BLEED_MM : 0, cropMarks: on };
}

export function isPrintShopPreset(options: ExportOptions): boolean {
  return options.bleedMm === PRINT_SHOP_BLEED_MM && options.cropMarks;
}

export function isPageSize(value: string, sizes: readonly PageSize[]): value is PageSize {
  return (sizes as readonly string[]).includes(value);
}

/** The file name an export gets: "lillesand-helhetlig-innsatstrapp-a3.pdf". */
export function getExportFileName(doc: TrappDocument, options: Pick<ExportOptions, 'format' | 'paper'>): string {
  const slug =
    `${doc.meta.municipality} ${doc.meta.title}`
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_-]+/g, '-') || 'trapp';
  const size = options.format === 'html' ? '' : `-${options.paper.size.replace(':', 'x').toLowerCase()}`;
  return `${slug}${size}.${options.format}`;
}

/** Options remembered for a document, read back defensively: anything unknown falls back to the default. */
export function readStoredOptions(
  text: string | null,
  fallback: ExportOptions,
  sizes: readonly PageSize[],
): ExportOptions {
  if (!text) return fallback;
  try {
    const raw = JSON.parse(text) as Partial<ExportOptions>;
    const num = (value: unknown, min: number, max: number, otherwise: number) =>
      typeof value === 'number' && value >= min && value <= max ? value : otherwise;
    const flag = (value: unknown, otherwise: boolean) => (typeof value === 'boolean' ? value : otherwise);
    return {
      format: exportFormats.includes(raw.format as ExportFormat) ? (raw.format as ExportFormat) : fallback.format,
      paper: {
        size: raw.paper && isPageSize(String(raw.paper.size), sizes) ? raw.paper.size : fallback.paper.size,
        orientation:
          raw.paper?.orientation === 'portrait' || raw.paper?.orientation === 'landscape'
            ? raw.paper.orientation
            : fallback.paper.orientation,
      },
      pages: raw.pages === 'all' || raw.pages === 'overview' ? raw.pages : fallback.pages,
      marginMm: num(raw.marginMm, 0, MAX_MARGIN_MM, fallback.marginMm),
      bleedMm: num(raw.bleedMm, 0, MAX_BLEED_MM, fallback.bleedMm),
      cropMarks: flag(raw.cropMarks, fallback.cropMarks),
      dpi: (pngResolutions as readonly number[]).includes(raw.dpi as number) ? (raw.dpi as number) : fallback.dpi,
      pixelWidth:
        raw.pixelWidth === 0
          ? 0
          : Math.round(num(raw.pixelWidth, MIN_PIXEL_WIDTH, MAX_PIXEL_WIDTH, fallback.pixelWidth)),
      transparent: flag(raw.transparent, fallback.transparent),
      outlines: flag(raw.outlines, fallback.outlines),
      relayout: flag(raw.relayout, fallback.relayout),
    };
  } catch {
    return fallback;
  }
}
