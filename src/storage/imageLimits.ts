// How large a picture may be inside a document. A 40 MB photo would make every autosave, every
// undo step and every export slow, so pictures are scaled down when they come in.

/** A picture file larger than this is refused outright, before it is decoded. */
export const MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024;
/** The longest side kept: sharp on an A1 poster at the size a picture takes in a trapp. */
export const MAX_IMAGE_SIDE = 2400;
/** A picture whose file is larger than this is re-encoded even when its sides are within the limit. */
export const MAX_EMBEDDED_BYTES = 1.5 * 1024 * 1024;

export type Size = { width: number; height: number };

/** The size to draw a picture at so its longest side is at most `maxSide`, keeping its proportions. */
export function fitWithin({ width, height }: Size, maxSide = MAX_IMAGE_SIDE): Size {
  if (!(width > 0 && height > 0)) return { width: 1, height: 1 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function needsResize(size: Size, bytes: number): boolean {
  return Math.max(size.width, size.height) > MAX_IMAGE_SIDE || bytes > MAX_EMBEDDED_BYTES;
}
