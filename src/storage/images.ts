// Pictures the user brings in, made safe and small (browser only: decoding and scaling use a canvas).
import { textToBase64 } from '@/model/base64';
import { fitWithin, MAX_IMAGE_FILE_BYTES, needsResize, type Size } from './imageLimits';

export type PreparedImage =
  /** `resizedFrom`: the picture was scaled down from this size; `removed`: what was taken out of an SVG. */
  | { ok: true; src: string; size: Size; resizedFrom?: Size; removed?: string[] }
  | { ok: false; reason: 'tooLarge' | 'svgTooLarge' | 'notImage' | 'invalidSvg' };

const rasterTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** A picture as a data URL ready for an image element: SVG sanitised, large rasters scaled down. */
export async function prepareImage(file: File): Promise<PreparedImage> {
  if (file.size > MAX_IMAGE_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) return prepareSvg(await file.text());
  if (!rasterTypes.includes(file.type)) return { ok: false, reason: 'notImage' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'notImage' };
  }
  const original = { width: bitmap.width, height: bitmap.height };
  // GIF and WebP are redrawn as PNG: a document keeps PNG, JPEG and SVG only (the schema's pictureSrc).
  const kept = file.type === 'image/png' || file.type === 'image/jpeg';
  if (kept && !needsResize(original, file.size)) {
    bitmap.close();
    return { ok: true, src: await toDataUrl(file), size: original };
  }
  const size = fitWithin(original);
  const canvas = new OffscreenCanvas(size.width, size.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  // Photos become JPEG; drawings with transparency stay PNG.
  const type = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
  const blob = await canvas.convertToBlob({ type, quality: 0.88 });
  return { ok: true, src: await toDataUrl(blob), size, resizedFrom: original };
}

async function prepareSvg(text: string): Promise<PreparedImage> {
  // The sanitiser and its XML parser load with the first SVG, not with the page.
  const { sanitizeSvg } = await import('./sanitizeSvg');
  const result = sanitizeSvg(text);
  // An SVG's limit is characters of markup, not the 50 MB a picture file may have: its own message says so.
  if (!result.ok) return { ok: false, reason: result.reason === 'tooLarge' ? 'svgTooLarge' : 'invalidSvg' };
  return {
    ok: true,
    src: `data:image/svg+xml;base64,${textToBase64(result.svg)}`,
    size: readSvgSize(result.svg),
    removed: result.removed,
  };
}

function readSvgSize(svg: string): Size {
  const viewBox = /viewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)"/.exec(svg);
  return viewBox ? { width: Number(viewBox[1]), height: Number(viewBox[2]) } : { width: 300, height: 150 };
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
