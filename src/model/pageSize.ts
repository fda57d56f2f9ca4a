// Paper sizes and the scale type and spacing take from them: pure, used by the model, layout, scene and export.
import type { TrappDocument } from './types';

const MM_TO_PT = 72 / 25.4;
/** Portrait sizes in millimetres; 16:9 is a slide of 960 x 540 pt. */
const isoSizes = { A0: [841, 1189], A1: [594, 841], A2: [420, 594], A3: [297, 420], A4: [210, 297] } as const;

export type Size = { width: number; height: number };

/** The page size in points (1/72 inch), the unit of every layout, scene and export. */
export function getPageSize(page: TrappDocument['page']): Size {
  if (page.size === '16:9')
    return page.orientation === 'portrait' ? { width: 540, height: 960 } : { width: 960, height: 540 };
  const [short, long] = isoSizes[page.size].map((mm) => mm * MM_TO_PT);
  return page.orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

/** Type and spacing grow with the page, so an A1 poster is an A3 poster enlarged. */
export function getPageScale(size: Size): number {
  return Math.min(size.width, size.height) / (297 * MM_TO_PT);
}
